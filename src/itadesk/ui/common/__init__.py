"""Pieces every screen uses: questions and errors, background work, settings, screen fitting, fonts."""
