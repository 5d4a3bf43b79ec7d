// The one way core reports failure across its API: a typed exception carrying a sentence for a person.
#pragma once

#include <QString>
#include <exception>
#include <string>

namespace daymark {

class Error : public std::exception
{
public:
    enum class Kind {
        WrongPassword,    // wrong password, or not a Daymark diary
        Corrupt,          // the file is damaged
        NotFound,         // no file at the path
        AlreadyExists,    // refusing to overwrite
        ReadOnly,         // cannot write to the location
        DiskFull,         // no space left
        Io,               // other input/output failure
        InsecureSettings, // key-derivation settings below the floor
        TooNew,           // made by a newer Daymark
        Locked,           // the diary is locked
        SelfTestFailed,   // the crypto library gives wrong answers
        InvalidInput,     // a value a person gave is not acceptable
        Cancelled,        // the person cancelled long work; nothing was kept
        Internal,         // a programming error
    };

    Error(Kind kind, QString message, QString detail = {});

    Kind kind() const noexcept { return m_kind; }
    // A full sentence saying what happened and what to do.
    const QString& message() const noexcept { return m_message; }
    // Technical detail (SQLite or Botan text) for logs and --verbose; never shown alone.
    const QString& detail() const noexcept { return m_detail; }
    const char* what() const noexcept override { return m_what.c_str(); }

private:
    Kind m_kind;
    QString m_message;
    QString m_detail;
    std::string m_what;
};

} // namespace daymark
