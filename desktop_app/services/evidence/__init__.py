"""Evidence (佐证材料): filing it under the rule set's items and the units, the records and their
files, the recycle bin, reviewing, the integrity of the store, search, and filing a unit's folder.

One module a part (records, filing, recycle, review, integrity; index and search; folder), the
whole used as one: ``evidence.add_files``, ``evidence.search.search`` …
"""

from desktop_app.core.evidence import CATEGORIES as CATEGORIES
from desktop_app.services.evidence import filing as filing
from desktop_app.services.evidence import folder as folder
from desktop_app.services.evidence import index as index
from desktop_app.services.evidence import search as search
from desktop_app.services.evidence.filing import AddResult as AddResult
from desktop_app.services.evidence.filing import Skipped as Skipped
from desktop_app.services.evidence.filing import add_files as add_files
from desktop_app.services.evidence.filing import file_each as file_each
from desktop_app.services.evidence.integrity import LAST_VERIFY_KEY as LAST_VERIFY_KEY
from desktop_app.services.evidence.integrity import VerifyReport as VerifyReport
from desktop_app.services.evidence.integrity import last_verify as last_verify
from desktop_app.services.evidence.integrity import leftovers as leftovers
from desktop_app.services.evidence.integrity import repair as repair
from desktop_app.services.evidence.integrity import verify as verify
from desktop_app.services.evidence.records import EvidenceInfo as EvidenceInfo
from desktop_app.services.evidence.records import EvidenceMeta as EvidenceMeta
from desktop_app.services.evidence.records import Filter as Filter
from desktop_app.services.evidence.records import check_unit as check_unit
from desktop_app.services.evidence.records import copy_out as copy_out
from desktop_app.services.evidence.records import get as get
from desktop_app.services.evidence.records import item_counts as item_counts
from desktop_app.services.evidence.records import list_evidence as list_evidence
from desktop_app.services.evidence.records import periods as periods
from desktop_app.services.evidence.records import recognised as recognised
from desktop_app.services.evidence.records import record_ids as record_ids
from desktop_app.services.evidence.records import records as records
from desktop_app.services.evidence.records import runs_when_opened as runs_when_opened
from desktop_app.services.evidence.records import store as store
from desktop_app.services.evidence.records import text_of as text_of
from desktop_app.services.evidence.records import update as update
from desktop_app.services.evidence.recycle import move_to_bin as move_to_bin
from desktop_app.services.evidence.recycle import purge as purge
from desktop_app.services.evidence.recycle import restore as restore
from desktop_app.services.evidence.review import mark_item as mark_item
from desktop_app.services.evidence.review import review as review
