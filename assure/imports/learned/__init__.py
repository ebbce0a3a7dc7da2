"""Experiment (ADR 115): learning the roles of lines and cells from generated minutes, against the rules.

Not imported by the app: `python -m assure.imports.learned.experiment` prints the figures.
"""
