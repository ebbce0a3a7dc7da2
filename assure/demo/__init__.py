"""The demo partnership, built through the other apps' services: the top layer, which nothing imports."""
