-- Region keys are now folded (case and accents ignored) so that a region filter can match by
-- prefix: let the startup indexing write every group's keys again.
-- (PostgreSQL translation of migrations/sqlite/0003_fold_region_keys.sql.)
UPDATE groups SET search_text = NULL;
