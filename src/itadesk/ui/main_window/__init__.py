"""The main window: the measures' table, its filter and summary bar, keys, and the actions of its menus."""
