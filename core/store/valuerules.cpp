#include "valuerules.h"

#include "domain/records.h"

namespace bd::storage {

namespace {

using Kind = ValueRule::Kind;

template<typename T> void addRules(std::vector<ValueRule> &rules);

template<typename T> void addRule(std::vector<ValueRule> &rules, const char *column, Kind kind)
{
    rules.push_back({QString::fromLatin1(Record<T>::table), QString::fromLatin1(column), kind});
}

// The kinds of field whose column holds more than its declared type says.
template<typename T> void addField(std::vector<ValueRule> &, const auto &) { }
template<typename T> void addField(std::vector<ValueRule> &rules, const field::Date<T> &f)
{
    addRule<T>(rules, f.column, Kind::Date);
}
template<typename T> void addField(std::vector<ValueRule> &rules, const field::Time<T> &f)
{
    addRule<T>(rules, f.column, Kind::Time);
}
template<typename T> void addField(std::vector<ValueRule> &rules, const field::Year<T> &f)
{
    addRule<T>(rules, f.column, Kind::Year);
}
template<typename T> void addField(std::vector<ValueRule> &rules, const field::Pence<T> &f)
{
    addRule<T>(rules, f.column, Kind::Pence);
}
template<typename T, typename C> void addField(std::vector<ValueRule> &rules, const field::Children<T, C> &)
{
    addRules<C>(rules);
}

template<typename T> void addRules(std::vector<ValueRule> &rules)
{
    forEachField<T>([&rules](const auto &f) { addField<T>(rules, f); });
}

} // namespace

const std::vector<ValueRule> &valueRules()
{
    static const std::vector<ValueRule> rules = [] {
        std::vector<ValueRule> made;
        ListTypes::forEach([&made]<typename T>(std::type_identity<T>) { addRules<T>(made); });
        return made;
    }();
    return rules;
}

} // namespace bd::storage
