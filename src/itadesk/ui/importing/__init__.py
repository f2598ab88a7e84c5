"""Importing files into the office: what a file holds and would change, and the choices it asks."""
