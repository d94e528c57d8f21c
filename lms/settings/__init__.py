"""Settings are split by purpose: base (shared, no secrets), dev, test and production."""
