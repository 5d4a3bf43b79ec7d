// Reference resolution for daymark-cli arguments, on top of the repositories' resolve().
#include "References.h"

#include "CliText.h"
#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentRepository.h"
#include "diary/OrderRepository.h"
#include "diary/PersonRepository.h"

namespace daymark::cli {

QUuid resolveIncident(diary::Diary& diary, const QString& reference)
{
    return recordLookup([&] { return diary.incidents().resolve(reference); });
}

QUuid resolveExhibit(diary::Diary& diary, const QString& reference)
{
    try {
        return diary.exhibits().resolve(reference);
    } catch (const Error& e) {
        if (e.kind() == Error::Kind::NotFound || e.kind() == Error::Kind::InvalidInput)
            throw Error(Error::Kind::InvalidInput,
                        Cli::tr("%1 'daymark-cli exhibits DIARY' lists the exhibits.").arg(e.message()));
        throw;
    }
}

QUuid resolvePerson(diary::Diary& diary, const QString& option, const QString& reference)
{
    try {
        return diary.people().resolve(reference);
    } catch (const Error& e) {
        if (e.kind() == Error::Kind::NotFound)
            throw Error(Error::Kind::InvalidInput,
                        Cli::tr("%1: no person in this diary is called '%2' or has an id starting with it. Add the "
                                "person first with 'daymark-cli people DIARY add', or check 'people DIARY list'.")
                            .arg(option, reference));
        if (e.kind() == Error::Kind::InvalidInput)
            throw Error(Error::Kind::InvalidInput, Cli::tr("%1: %2").arg(option, e.message()));
        throw;
    }
}

QUuid resolveOrder(diary::Diary& diary, const QString& option, const QString& reference)
{
    try {
        return diary.orders().resolve(reference);
    } catch (const Error& e) {
        if (e.kind() == Error::Kind::NotFound)
            throw Error(Error::Kind::InvalidInput,
                        Cli::tr("%1: no protection order in this diary has an id starting '%2'. See "
                                "'daymark-cli orders DIARY list'.")
                            .arg(option, reference));
        if (e.kind() == Error::Kind::InvalidInput)
            throw Error(Error::Kind::InvalidInput, Cli::tr("%1: %2").arg(option, e.message()));
        throw;
    }
}

} // namespace daymark::cli
