"""The yearly report's pure parts: its sections (`sections.py`), the statutory checklist (`checklist.py`), the
distribution clock (`clock.py`); and what reads the other apps (`content.py`) and assembles a Composition
(`assemble.py`)."""
