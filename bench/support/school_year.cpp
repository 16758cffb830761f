#include "school_year.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <stdexcept>
#include <string>
#include <string_view>

#include "prng.hpp"

namespace ejournal::bench {

namespace {

constexpr std::array<std::string_view, 15> subject_names{"Українська мова",
                                                         "Українська література",
                                                         "Зарубіжна література",
                                                         "Англійська мова",
                                                         "Математика",
                                                         "Алгебра",
                                                         "Геометрія",
                                                         "Історія України",
                                                         "Всесвітня історія",
                                                         "Географія",
                                                         "Біологія",
                                                         "Фізика",
                                                         "Хімія",
                                                         "Інформатика",
                                                         "Фізична культура"};

// Lessons a week of each subject, in subject order: 32 in all, the slots of the timetable below.
constexpr std::array<int, 15> weekly_lessons{4, 3, 2, 3, 3, 2, 2, 2, 1, 2, 2, 2, 1, 1, 2};

// Lessons a day, Monday to Friday (the typical year's bell schedule has 7).
constexpr std::array<int, 5> lessons_per_day{7, 7, 6, 6, 6};

constexpr std::array<std::string_view, 12> surnames{
    "Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник",
    "Мельник",  "Гнатюк",    "Ґудзь",      "Єременко", "Іваненко",  "Їжакевич"};
constexpr std::array<std::string_view, 8> female_names{"Анна",  "Дарина", "Ірина", "Олена",
                                                       "Софія", "Марта",  "Уляна", "Ярина"};
constexpr std::array<std::string_view, 8> male_names{"Андрій", "Богдан", "Дмитро", "Іван",
                                                     "Максим", "Олег",   "Тарас",  "Юрій"};
constexpr std::array<std::string_view, 8> female_patronymics{"Андріївна", "Богданівна", "Дмитрівна",
                                                             "Іванівна",  "Максимівна", "Олегівна",
                                                             "Тарасівна", "Юріївна"};
constexpr std::array<std::string_view, 8> male_patronymics{"Андрійович", "Богданович", "Дмитрович",
                                                           "Іванович",   "Максимович", "Олегович",
                                                           "Тарасович",  "Юрійович"};

constexpr std::array<std::string_view, 6> class_letters{"А", "Б", "В", "Г", "Д", "Е"};
constexpr std::size_t highest_grade = 11;

// Per student and lesson: the chance of a first and of a second current grade, and of an
// attendance mark, chosen so that the default shape gives ≈1.5M grades and ≈1M marks.
constexpr unsigned first_grade_per_mille = 975;
constexpr unsigned second_grade_per_mille = 350;
constexpr unsigned attendance_per_mille = 880;

// Attendance codes with their weights in per mille (absent, late, absent by illness).
struct AttendanceCode {
  std::string_view code;
  model::AbsenceReason reason;
  unsigned per_mille;
};
constexpr std::array<AttendanceCode, 3> attendance_codes{{
    {"н", model::AbsenceReason::unknown, 600},
    {"зп", model::AbsenceReason::other, 250},
    {"н", model::AbsenceReason::illness, 150},
}};

model::Instant noon_of(calendar::Date date) {
  const auto epoch_days = (date - calendar::Date(1970, 1, 1)).days();
  return model::Instant{std::chrono::days{epoch_days} + std::chrono::hours{12}};
}

model::Person make_person(const model::InstitutionId& institution, Prng& rng) {
  model::Person person;
  person.id.value = rng.uuid();
  person.institution_id = institution;
  const bool female = rng.chance(500);
  person.surname = surnames[rng.below(surnames.size())];
  person.given_name = female ? female_names[rng.below(female_names.size())]
                             : male_names[rng.below(male_names.size())];
  person.patronymic = std::string(female ? female_patronymics[rng.below(female_patronymics.size())]
                                         : male_patronymics[rng.below(male_patronymics.size())]);
  person.gender = female ? text::Gender::feminine : text::Gender::masculine;
  return person;
}

// A grade from 1 to 12 leaning to the middle of the scale, as real journals do.
std::int64_t grade_value(Prng& rng) {
  const std::size_t sum = rng.below(12) + rng.below(12);  // 0..22, triangular around 11
  return static_cast<std::int64_t>(1 + (sum * 11 + 11) / 22);
}

const AttendanceCode& attendance_code(Prng& rng) {
  unsigned draw = static_cast<unsigned>(rng.below(1000));
  for (const AttendanceCode& code : attendance_codes) {
    if (draw < code.per_mille) return code;
    draw -= code.per_mille;
  }
  return attendance_codes.back();
}

}  // namespace

SchoolYearGenerator::SchoolYearGenerator(const SchoolYearShape& shape) : shape_(shape) {
  if (shape.students == 0 || shape.classes == 0 || shape.subjects == 0 ||
      shape.days_per_chunk == 0) {
    throw std::invalid_argument(
        "school year shape: students, classes, subjects and "
        "days_per_chunk must be positive");
  }
  if (shape.subjects > subject_names.size()) {
    throw std::invalid_argument("school year shape: at most " +
                                std::to_string(subject_names.size()) + " subjects");
  }
  if (shape.classes > highest_grade * class_letters.size() || shape.students < shape.classes) {
    throw std::invalid_argument("school year shape: 1 to 66 classes, each with a student");
  }
  if (!(shape.year_share > 0.0 && shape.year_share <= 1.0)) {
    throw std::invalid_argument("school year shape: year_share must lie in (0, 1]");
  }
  build_school();
  build_people();
  build_timetables();
}

void SchoolYearGenerator::build_school() {
  Prng rng{stream_seed(shape_.seed, 0)};
  model::Institution& institution = structure_.institution;
  institution.id.value = rng.uuid();
  institution.kind = model::InstitutionKind::school;
  institution.name = "Ліцей № 1";
  institution.diso_id = std::to_string(100000 + rng.below(900000));
  institution.edrpou = "14360570";  // a valid check digit
  institution.oblast = "UA-30";     // the city of Kyiv
  institution.hromada_katottg = "UA80000000000093317";
  institution.created_at = noon_of(calendar::Date(2025, 8, 1));

  model::AcademicYear& year = structure_.year;
  year.id.value = rng.uuid();
  year.institution_id = institution.id;
  year.calendar = calendar::ukrainian_typical_year(2025);

  const std::vector<calendar::Date> all_days =
      calendar::school_days(year.calendar, {year.calendar.first, year.calendar.last});
  const auto kept =
      static_cast<std::size_t>(std::ceil(shape_.year_share * static_cast<double>(all_days.size())));
  structure_.school_days.assign(all_days.begin(),
                                all_days.begin() + static_cast<std::ptrdiff_t>(kept));

  for (std::size_t c = 0; c < shape_.classes; ++c) {
    model::SchoolClass school_class;
    school_class.id.value = rng.uuid();
    school_class.institution_id = institution.id;
    school_class.academic_year_id = year.id;
    school_class.name =
        std::to_string(1 + c % highest_grade) + "-" + std::string(class_letters[c / highest_grade]);
    structure_.classes.push_back(std::move(school_class));
  }
  for (std::size_t s = 0; s < shape_.subjects; ++s) {
    model::Subject subject;
    subject.id.value = rng.uuid();
    subject.institution_id = institution.id;
    subject.name = subject_names[s];
    structure_.subjects.push_back(std::move(subject));
  }
}

void SchoolYearGenerator::build_people() {
  Prng rng{stream_seed(shape_.seed, 1)};
  const model::InstitutionId& institution = structure_.institution.id;
  // About one teacher for every two courses, at least one per subject.
  const std::size_t teacher_count = std::max(shape_.subjects, shape_.classes * shape_.subjects / 8);
  for (std::size_t t = 0; t < teacher_count; ++t) {
    structure_.teachers.push_back(make_person(institution, rng));
  }
  for (std::size_t c = 0; c < shape_.classes; ++c) {
    structure_.class_first_student.push_back(c * shape_.students / shape_.classes);
    for (std::size_t s = 0; s < shape_.subjects; ++s) {
      model::Course course;
      course.id.value = rng.uuid();
      course.institution_id = institution;
      course.academic_year_id = structure_.year.id;
      course.subject_id = structure_.subjects[s].id;
      course.class_id = structure_.classes[c].id;
      course.teacher_id = structure_.teachers[(s + c * shape_.subjects) % teacher_count].id;
      structure_.courses.push_back(std::move(course));
    }
  }
  structure_.class_first_student.push_back(shape_.students);
  for (std::size_t c = 0; c < shape_.classes; ++c) {
    for (std::size_t s = structure_.class_first_student[c];
         s < structure_.class_first_student[c + 1]; ++s) {
      structure_.students.push_back(make_person(institution, rng));
      model::Enrolment enrolment;
      enrolment.id.value = rng.uuid();
      enrolment.institution_id = institution;
      enrolment.class_id = structure_.classes[c].id;
      enrolment.student_id = structure_.students.back().id;
      enrolment.arrived = structure_.year.calendar.first;
      structure_.enrolments.push_back(std::move(enrolment));
    }
  }
}

void SchoolYearGenerator::build_timetables() {
  // Each subject appears weekly_lessons[s] times; with fewer subjects the missing ones' lessons go
  // to the first subjects, so a day keeps its length.
  std::vector<std::size_t> occurrences;
  for (std::size_t s = 0; s < weekly_lessons.size(); ++s) {
    for (int i = 0; i < weekly_lessons[s]; ++i) occurrences.push_back(s % shape_.subjects);
  }
  for (std::size_t c = 0; c < shape_.classes; ++c) {
    Prng rng{stream_seed(shape_.seed, 2 + c)};
    std::vector<std::size_t> order = occurrences;
    for (std::size_t i = order.size() - 1; i > 0; --i) std::swap(order[i], order[rng.below(i + 1)]);
    std::vector<TimetableEntry> timetable;
    std::size_t next = 0;
    for (std::size_t day = 0; day < lessons_per_day.size(); ++day) {
      const auto weekday = static_cast<calendar::Weekday>(boost::date_time::Monday + day);
      for (int number = 1; number <= lessons_per_day[day]; ++number) {
        timetable.push_back({{weekday, number}, order[next++]});
      }
    }
    timetables_.push_back(std::move(timetable));
  }
}

std::size_t SchoolYearGenerator::chunk_count() const noexcept {
  return (structure_.school_days.size() + shape_.days_per_chunk - 1) / shape_.days_per_chunk;
}

const model::Course& SchoolYearGenerator::course(std::size_t class_index,
                                                 std::size_t subject) const {
  return structure_.courses[class_index * shape_.subjects + subject];
}

void SchoolYearGenerator::fill_chunk(std::size_t index, JournalChunk& chunk) const {
  chunk.lessons.clear();
  chunk.grades.clear();
  chunk.attendance.clear();
  if (index >= chunk_count()) throw std::out_of_range("journal chunk index past the year");
  const std::size_t first = index * shape_.days_per_chunk;
  const std::size_t last =
      std::min(first + shape_.days_per_chunk, structure_.school_days.size()) - 1;
  const calendar::DateRange days{structure_.school_days[first], structure_.school_days[last]};
  for (std::size_t c = 0; c < shape_.classes; ++c) fill_class(index, c, days, chunk);
}

void SchoolYearGenerator::fill_class(std::size_t chunk_index, std::size_t class_index,
                                     calendar::DateRange days, JournalChunk& chunk) const {
  Prng rng{stream_seed(shape_.seed, (chunk_index + 1) * 1000003ULL + class_index)};
  const model::InstitutionId& institution = structure_.institution.id;
  const std::vector<TimetableEntry>& timetable = timetables_[class_index];
  std::vector<calendar::TimetableSlot> slots;
  for (const TimetableEntry& entry : timetable) slots.push_back(entry.slot);
  const std::size_t first_student = structure_.class_first_student[class_index];
  const std::size_t end_student = structure_.class_first_student[class_index + 1];

  for (const calendar::LessonSlot& slot :
       calendar::lesson_dates(structure_.year.calendar, slots, days)) {
    const auto entry =
        std::find_if(timetable.begin(), timetable.end(), [&](const TimetableEntry& e) {
          return e.slot.weekday == calendar::weekday_of(slot.date) &&
                 e.slot.lesson_number == slot.lesson_number;
        });
    const model::Course& taught = course(class_index, entry->subject);
    // Journal records get ids as the library makes them: time-ordered, here by the lesson's day.
    const model::Instant recorded_at = noon_of(slot.date);
    const auto made_at = static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(recorded_at.time_since_epoch())
            .count());
    model::Lesson lesson;
    lesson.id.value = rng.uuid_at(made_at);
    lesson.institution_id = institution;
    lesson.course_id = taught.id;
    lesson.date = slot.date;
    lesson.number = slot.lesson_number;
    lesson.topic = "Тема уроку";
    chunk.lessons.push_back(lesson);

    for (std::size_t s = first_student; s < end_student; ++s) {
      const model::PersonId& student = structure_.students[s].id;
      const bool graded_once = rng.chance(first_grade_per_mille);
      const int grades = graded_once ? (rng.chance(second_grade_per_mille) ? 2 : 1) : 0;
      for (int g = 0; g < grades; ++g) {
        model::GradeEntry grade;
        grade.id.value = rng.uuid_at(made_at);
        grade.institution_id = institution;
        grade.course_id = taught.id;
        grade.student_id = student;
        grade.lesson_id = lesson.id;
        grade.date = slot.date;
        grade.value = grading::Rational(grade_value(rng));
        grade.recorded_by = taught.teacher_id;
        grade.recorded_at = recorded_at;
        chunk.grades.push_back(std::move(grade));
      }
      if (rng.chance(attendance_per_mille)) {
        const AttendanceCode& code = attendance_code(rng);
        model::AttendanceMark mark;
        mark.id.value = rng.uuid_at(made_at);
        mark.institution_id = institution;
        mark.student_id = student;
        mark.date = slot.date;
        mark.lesson_id = lesson.id;
        mark.code = code.code;
        mark.reason = code.reason;
        mark.recorded_by = taught.teacher_id;
        mark.recorded_at = recorded_at;
        chunk.attendance.push_back(std::move(mark));
      }
    }
  }
}

}  // namespace ejournal::bench
