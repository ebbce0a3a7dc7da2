"""Assure: the business system of a local safeguarding partnership."""
