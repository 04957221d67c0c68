"""`audit`: a user's automation checked against the releases it is about to meet."""
