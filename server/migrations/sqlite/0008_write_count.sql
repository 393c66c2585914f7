-- PostgreSQL counts write requests across servers in a sequence here; one SQLite server counts
-- them in memory, so this migration only keeps the two engines' numbers in step.
SELECT 1;
