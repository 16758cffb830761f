"""A small class report through the Python binding: each pupil's suggested semester grade from
their thematic grades, the class's grade mean over all grades at once (bulk, zero-copy), and a
certificate average with its 100–200 score."""

from array import array

import ejournal
from ejournal import ua

THEMATIC = {
    "Бондаренко Олена": [11, 11],
    "Гнатюк Ярослав": [7, 8],
    "Єременко Данило": ["н/а", 9],
}

for pupil, grades in THEMATIC.items():
    suggestion = ua.suggest_semester(grades)
    shown = suggestion.grade if suggestion.grade is not None else suggestion.mark
    print(f"{pupil}: semester {shown} (mean {suggestion.mean}, rule {suggestion.rule})")

# Three pupils' current grades as columns; the library reads the arrays in place.
groups = array("q", [1, 1, 1, 2, 2, 3, 3, 3, 3])
values = array("q", [10, 11, 12, 7, 8, 9, 9, 10, 8])
result = ejournal.bulk_aggregate(groups, values, decimals=2)
for group, mean in zip(result.groups, result.values()):
    print(f"pupil {group}: current mean {mean}")

certificate = ua.certificate_average([10] * 13 + [9] * 7)
print(f"certificate: {certificate.exact} = {certificate.average}, score {certificate.score}")
