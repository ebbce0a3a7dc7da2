"""The partnership's reports, drawn from every other app: for now the overview dashboard."""
