"""Filters that draw on video: try-on items, makeup, price card, caption bar, disclosure ticker."""
