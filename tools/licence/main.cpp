// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

// madoguchi-licence: the vendor's tool for licence files (複数台接続). Output
// is plain English: it runs on development and signing machines only.

#include "app/licence/licence.h"
#include "devicelink/signature.h"
#include "tools/common/toolconsole.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QUuid>

using namespace Console;
using namespace DeviceLink;
using namespace ToolConsole;
using namespace Qt::StringLiterals;

namespace {

int issue(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"key"_s, u"Secret key file (Base64)."_s, u"file"_s},
        {u"readers"_s, u"Card readers this licence adds."_s, u"count"_s},
        {u"licensee"_s, u"Clinic or pharmacy the licence is for."_s, u"name"_s},
        {u"id"_s, u"Licence id (default: a new UUID)."_s, u"id"_s},
        {u"out"_s, u"Licence file to write (.lic)."_s, u"file"_s},
    });
    parser.process(arguments);
    if (!parser.isSet(u"key"_s) || !parser.isSet(u"readers"_s) || !parser.isSet(u"licensee"_s)
        || !parser.isSet(u"out"_s)) {
        err() << "issue needs --key, --readers, --licensee and --out" << Qt::endl;
        return ExitUsage;
    }
    QString problem;
    const QByteArray secret = readKey(parser.value(u"key"_s), SigningSecretKeyBytes, &problem);
    if (secret.isEmpty()) {
        err() << problem << Qt::endl;
        return ExitFailed;
    }
    Licence licence;
    bool number = false;
    licence.readers = parser.value(u"readers"_s).toInt(&number);
    licence.licensee = parser.value(u"licensee"_s);
    licence.id = parser.isSet(u"id"_s) ? parser.value(u"id"_s) : QUuid::createUuid().toString(QUuid::WithoutBraces);
    licence.issued = QDate::currentDate();
    const QByteArray file = Licence::sign(licence, secret);
    // Signing does not check what it signs: a file the console would refuse
    // must not leave the signing machine.
    Result<Licence> checked = Licence::verify(file, signingPublicKey(secret));
    if (!number || !checked) {
        err() << "not a valid licence: " << (checked ? u"readers is not a number"_s : checked.error().detail())
              << Qt::endl;
        return ExitFailed;
    }
    QSaveFile output(parser.value(u"out"_s));
    if (!output.open(QIODevice::WriteOnly) || output.write(file) != file.size() || !output.commit()) {
        err() << "cannot write " << parser.value(u"out"_s) << ": " << output.errorString() << Qt::endl;
        return ExitFailed;
    }
    out() << "wrote " << parser.value(u"out"_s) << ": licence " << licence.id << " for " << licence.licensee
          << ", " << licence.readers << " more card reader(s)" << Qt::endl;
    return ExitOk;
}

int verify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_s, u"Licence file to check against the key this build trusts."_s);
    parser.process(arguments);
    if (parser.positionalArguments().size() != 2) {
        err() << "verify needs one licence file" << Qt::endl;
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "cannot read " << path << ": " << file.errorString() << Qt::endl;
        return ExitFailed;
    }
    Result<Licence> licence = Licence::verify(file.readAll(), Licence::vendorPublicKey());
    if (!licence) {
        err() << licence.error().codeString() << ' ' << licence.error().detail() << Qt::endl;
        return ExitFailed;
    }
    out() << "valid: licence " << licence->id << " for " << licence->licensee << ", " << licence->readers
          << " more card reader(s), issued " << licence->issued.toString(Qt::ISODate) << Qt::endl;
    return ExitOk;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(u"madoguchi-licence"_s);
    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.size() > 1 ? arguments.at(1) : QString();
    QStringList rest = arguments;
    if (!command.isEmpty())
        rest.removeAt(1);
    if (command == u"issue")
        return issue(rest);
    if (command == u"verify")
        return verify(arguments);
    err() << "usage: madoguchi-licence issue --key FILE --readers N --licensee NAME --out FILE.lic\n"
          << "       madoguchi-licence verify FILE.lic" << Qt::endl;
    return ExitUsage;
}
