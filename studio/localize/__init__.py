"""Script localisation: drafts of every spoken line, offer and FAQ answer in the buyers' languages,
terms checked against the one term base, claims checked per market, written into the show as
proposed translations for the producer to review (docs/localisation.md). Headless: the review
table in the window sends commands to studio.localize.review and paints its snapshots."""
