"""The main job: every stage for every release, in worker processes, through the stage cache."""
