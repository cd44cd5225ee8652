#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>
#include <string_view>

namespace bd {

// Every enumeration of the archive, with the keys archive-v1.md gives them. The same keys
// are stored in the database, so a value reads the same in JSON, SQL and code.

enum class Sector { LocalAuthority, Police, Health, Education, Probation, DistrictCouncil, Voluntary, Other };
enum class BodyKind { Board, Executive, Subgroup, Panel, ReviewGroup, Other };
enum class Role { Chair, ViceChair, Member, Adviser, Secretariat };
enum class MeetingStatus { Planned, Held, Cancelled };
enum class MinutesStatus { Draft, Approved };
enum class AttendanceStatus { Present, Apologies, Absent, Deputy };
enum class EntryKind { Did, Difference, Note };
enum class WorkplanStatus { Open, Closed };
enum class Rag { Red, Amber, Green, Complete };
enum class CaseReviewType { Scr, Lcspr, RapidReview, Thematic, Learning };
enum class CaseReviewStatus { Notified, InProgress, SignedOff, PublicationDelayed, Published, Closed };
enum class CourseFormat { FullDay, HalfDay, MultiDay, Bespoke, Briefing, ELearning };
enum class SessionStatus { Held, Cancelled };
enum class CancelReason { TrainerIllness, TrainerUnavailable, LowEnrolment, Other };

// The keys of each enumeration, in the order of its values.
template <typename E>
inline constexpr std::array<std::string_view, 0> enumKeys{};

template <>
inline constexpr std::array enumKeys<Sector>{std::string_view("local-authority"), std::string_view("police"),
                                            std::string_view("health"), std::string_view("education"),
                                            std::string_view("probation"), std::string_view("district-council"),
                                            std::string_view("voluntary"), std::string_view("other")};
template <>
inline constexpr std::array enumKeys<BodyKind>{std::string_view("board"), std::string_view("executive"),
                                              std::string_view("subgroup"), std::string_view("panel"),
                                              std::string_view("review-group"), std::string_view("other")};
template <>
inline constexpr std::array enumKeys<Role>{std::string_view("chair"), std::string_view("vice-chair"),
                                          std::string_view("member"), std::string_view("adviser"),
                                          std::string_view("secretariat")};
template <>
inline constexpr std::array enumKeys<MeetingStatus>{std::string_view("planned"), std::string_view("held"),
                                                   std::string_view("cancelled")};
template <>
inline constexpr std::array enumKeys<MinutesStatus>{std::string_view("draft"), std::string_view("approved")};
template <>
inline constexpr std::array enumKeys<AttendanceStatus>{std::string_view("present"), std::string_view("apologies"),
                                                      std::string_view("absent"), std::string_view("deputy")};
template <>
inline constexpr std::array enumKeys<EntryKind>{std::string_view("did"), std::string_view("difference"),
                                               std::string_view("note")};
template <>
inline constexpr std::array enumKeys<WorkplanStatus>{std::string_view("open"), std::string_view("closed")};
template <>
inline constexpr std::array enumKeys<Rag>{std::string_view("red"), std::string_view("amber"),
                                         std::string_view("green"), std::string_view("complete")};
template <>
inline constexpr std::array enumKeys<CaseReviewType>{std::string_view("scr"), std::string_view("lcspr"),
                                                    std::string_view("rapid-review"), std::string_view("thematic"),
                                                    std::string_view("learning")};
template <>
inline constexpr std::array enumKeys<CaseReviewStatus>{
    std::string_view("notified"),  std::string_view("in-progress"), std::string_view("signed-off"),
    std::string_view("publication-delayed"), std::string_view("published"), std::string_view("closed")};
template <>
inline constexpr std::array enumKeys<CourseFormat>{std::string_view("full-day"), std::string_view("half-day"),
                                                  std::string_view("multi-day"), std::string_view("bespoke"),
                                                  std::string_view("briefing"), std::string_view("e-learning")};
template <>
inline constexpr std::array enumKeys<SessionStatus>{std::string_view("held"), std::string_view("cancelled")};
template <>
inline constexpr std::array enumKeys<CancelReason>{std::string_view("trainer-illness"),
                                                  std::string_view("trainer-unavailable"),
                                                  std::string_view("low-enrolment"), std::string_view("other")};

// The archive key of a value, e.g. "review-group".
template <typename E>
QString enumKey(E value)
{
    const auto &keys = enumKeys<E>;
    const auto index = static_cast<std::size_t>(value);
    return index < keys.size() ? QString::fromLatin1(keys[index].data(), qsizetype(keys[index].size())) : QString();
}

// The value whose key is \a key, or nothing if no value has that key.
template <typename E>
std::optional<E> enumFromKey(QStringView key)
{
    const auto &keys = enumKeys<E>;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (key == QLatin1StringView(keys[i].data(), qsizetype(keys[i].size())))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

// All keys, for messages such as "is not one of did, difference, note".
template <typename E>
QStringList enumKeyList()
{
    QStringList list;
    for (const auto &key : enumKeys<E>)
        list << QString::fromLatin1(key.data(), qsizetype(key.size()));
    return list;
}

} // namespace bd
