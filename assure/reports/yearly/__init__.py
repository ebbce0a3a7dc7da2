"""The yearly report's pure parts: its sections (`sections.py`), the statutory checklist (`checklist.py`), the
distribution clock (`clock.py`); and what reads the other apps (`content/`, one module per section) and assembles a Composition
(`assemble.py`)."""
