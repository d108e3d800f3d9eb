"""Exchanging data with other systems: xAPI, Moodle question formats."""
