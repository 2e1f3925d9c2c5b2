"""The reader: one reference string → :class:`~biblio.model.Entry`, section by section.

:mod:`.driver` holds :func:`parse` and the reader that runs the steps in order; each step of a
reference has its own module, a mixin of the reader over the shared state in :mod:`.base`:
:mod:`.head` (persons at the head), :mod:`.host` (the host item), :mod:`.title` (the title zone),
:mod:`.responsibility` (the statement after `` / ``), :mod:`.publication` (place, publisher, year),
:mod:`.leftovers` (what is left over, and the fields set at the end), and two whole-reference shapes:
:mod:`.backref` ("Ibid., 45.", "Там же", "op. cit.") and :mod:`.legal` (a court case by its
reporter); :mod:`.text` holds the patterns and small text scans more than one section uses.
"""

from .driver import parse

__all__ = ["parse"]
