"""Size limits shared by the profile form, the learner service and the progress-bundle checks.

Defined once so that whatever the form lets a person type, every bundle that carries it is
accepted by every other installation (and nothing longer is).
"""

from __future__ import annotations

NAME_MAX = 100
"""Characters in a learner's full name."""

UNIT_MAX = 200
"""Characters in a learner's unit or department."""

CODE_MAX = 200
"""Characters in an identifier: a role, region, module, lesson or question id, a content version."""

ANSWER_MAX_BYTES = 16 * 1024
"""UTF-8 bytes of one answer written as compact JSON (the longest free-text answer is far shorter)."""
