// The options that set an incident's fields, shared by `add` and `amend` so both spell and check them the same way.
#pragma once

#include <QCommandLineParser>

namespace daymark::diary {
class Diary;
struct Incident;
} // namespace daymark::diary

namespace daymark::cli {

class IncidentOptions
{
public:
    enum class Mode { Add, Amend };
    explicit IncidentOptions(Mode mode) : m_mode(mode) {}

    void addTo(QCommandLineParser& parser) const;
    // Whether any field option was given (an amendment needs at least one).
    bool anyGiven(const QCommandLineParser& parser) const;

    // Sets the fields that need nothing from the diary: type, times, text, flags, coordinates, tags. In Add mode it
    // also requires --type, --at and --summary. Throws Error(InvalidInput) naming the option.
    void applyFields(const QCommandLineParser& parser, diary::Incident& incident) const;
    // Sets the links: --person, --witness, --breach (resolved in `diary`). Throws Error(InvalidInput).
    void applyLinks(const QCommandLineParser& parser, diary::Diary& diary, diary::Incident& incident) const;

private:
    Mode m_mode;
};

} // namespace daymark::cli
