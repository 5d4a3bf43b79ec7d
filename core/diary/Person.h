// A person in the diary: the stalker(s) first, and witnesses, police officers and support workers.
#pragma once

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace daymark::diary {

enum class PersonRole { Stalker, Witness, Police, Support, Other };

QString roleCode(PersonRole role); // "stalker", "witness", "police", "support", "other"
std::optional<PersonRole> roleFromCode(const QString& code);
QString roleName(PersonRole role); // translated

struct Vehicle
{
    QString make;
    QString model;
    QString colour;
    QString registration;
    bool operator==(const Vehicle&) const = default;
};

struct Handle
{
    QString platform; // "Instagram"
    QString handle;   // "@name"
    bool operator==(const Handle&) const = default;
};

struct Person
{
    QUuid id;
    PersonRole role = PersonRole::Stalker;
    QString name;
    QStringList aliases;
    QString relationship; // "ex-partner", "neighbour", "unknown"
    QString description;  // appearance
    QList<Vehicle> vehicles;
    QStringList phones;
    QStringList emails;
    QList<Handle> handles;
    QStringList addresses;
    QString organisation; // police force, charity
    QString notes;

    bool operator==(const Person&) const = default;
};

struct PersonRecord
{
    Person person;
    QDateTime recordedAt;
    int version = 1;
    bool deleted = false;
};

} // namespace daymark::diary
