/* An empty ICU data library to stand in for PySide6's 31 MiB libicudata.so.73 in the Linux bundle.
 *
 * Qt's libQt6Core links ICU for collation (QCollator), legacy text codecs, time-zone display names and
 * locale-aware case mapping. ITA Desk uses none of them: Thai line breaking in PDFs is the program's own
 * (PyThaiNLP + HarfBuzz), text is UTF-8 (Qt's own codec), and Qt's word breaking uses its own tables and
 * libthai. With this stub ICU finds no data and those calls report an error, which Qt handles; the
 * Unicode properties and normalisation tables ICU needs are compiled into libicuuc itself.
 *
 * This is ICU's own stubdata (icu4c/source/stubdata/stubdata.cpp) with the entry point named for ICU 73;
 * packaging/itadesk.spec compiles it when the build machine has a C compiler, names it for the ICU
 * version PySide6 ships, and puts it in the bundle in place of the real data.
 */
#ifndef ICU_ENTRY
#define ICU_ENTRY icudt73_dat
#endif

typedef struct {
    unsigned short headerSize;
    unsigned char magic1, magic2;
    struct {
        unsigned short size, reservedWord;
        unsigned char isBigEndian, charsetFamily, sizeofUChar, reservedByte;
        unsigned char dataFormat[4], formatVersion[4], dataVersion[4];
    } info;
    char padding[8];
    unsigned int count, reserved;
    struct { unsigned int nameOffset, dataOffset; } toc[1];
} StubData;

__attribute__((visibility("default"))) const StubData ICU_ENTRY = {
    32, 0xda, 0x27,
    {20, 0, 0, 0, 2, 0, {0x54, 0x6f, 0x43, 0x50}, {1, 0, 0, 0}, {0, 0, 0, 0}},
    {0, 0, 0, 0, 0, 0, 0, 0},
    0, 0,
    {{0, 0}},
};
