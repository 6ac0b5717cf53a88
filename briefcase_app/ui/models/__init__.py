"""Qt item models: thin adapters over plain data (napari's way), each checked with qtmodeltester."""
