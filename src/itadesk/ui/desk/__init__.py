"""What the window reads and writes: the Desk protocol, its storage implementation, the open year."""
