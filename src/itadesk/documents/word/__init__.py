"""The documents as Word files (.docx) an official can finish in Word.

The text comes from the same stories the PDFs are made of (documents/memo.py, plan.py, …): what is printed
where is decided once. This package only writes it as WordprocessingML, with TH Sarabun New embedded
(`fonts.py`), Thai as the complex-script language, the memo's official layout (`memo.py`), the report tables
(`tables.py`) and the page setup with "- ๒ -" page numbers (`sections.py`).
"""
