-- Region keys are now folded (case and accents ignored) so that a region filter can match by
-- prefix: let the startup indexing write every group's keys again.
UPDATE groups SET search_text = NULL;
