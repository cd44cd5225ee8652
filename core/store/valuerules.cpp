#include "valuerules.h"

namespace bd::storage {

const std::vector<ValueRule> &valueRules()
{
    using Kind = ValueRule::Kind;
    static const std::vector<ValueRule> rules = [] {
        const struct {
            const char *table;
            const char *column;
            Kind kind;
        } list[] = {
            {"bodies", "established", Kind::Date},     {"bodies", "concluded", Kind::Date},
            {"memberships", "date_from", Kind::Date},  {"memberships", "date_to", Kind::Date},
            {"priorities", "year", Kind::Year},        {"meetings", "date", Kind::Date},
            {"meetings", "time", Kind::Time},          {"meetings", "approved_on", Kind::Date},
            {"workplans", "year", Kind::Year},         {"workplans", "closed_on", Kind::Date},
            {"case_reviews", "notified", Kind::Date},  {"case_reviews", "signed_off", Kind::Date},
            {"case_reviews", "published", Kind::Date}, {"actions", "due", Kind::Date},
            {"action_reviews", "date", Kind::Date},    {"risks", "opened", Kind::Date},
            {"risks", "closed", Kind::Date},           {"risk_reviews", "date", Kind::Date},
            {"funding", "year", Kind::Year},           {"funding", "amount_pence", Kind::Pence},
            {"spending", "year", Kind::Year},          {"spending", "amount_pence", Kind::Pence},
            {"training_sessions", "date", Kind::Date}, {"key_facts", "year", Kind::Year},
            {"report_texts", "year", Kind::Year},      {"newsletters", "date", Kind::Date},
        };
        std::vector<ValueRule> made;
        for (const auto &rule : list)
            made.push_back({QString::fromLatin1(rule.table), QString::fromLatin1(rule.column), rule.kind});
        return made;
    }();
    return rules;
}

} // namespace bd::storage
