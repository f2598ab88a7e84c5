"""Previews of printed documents (PDF pages on screen), saving and printing them."""
