"""Review pages, one module per part of the journey: cases, reviews, learning, publishing, reports."""
