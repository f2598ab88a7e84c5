"""Measures from Word: a .docx file's measure tables read into domain records (`reader.read_word_file`)."""
