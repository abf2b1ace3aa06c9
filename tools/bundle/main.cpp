// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

// madoguchi-bundle: the vendor's tool for update bundles. Output is plain
// English: it runs on development and signing machines only.

#include "devicelink/firmware/bundle.h"
#include "devicelink/signature.h"
#include "tools/common/toolconsole.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

using namespace DeviceLink;
using namespace ToolConsole;
using namespace Qt::StringLiterals;

namespace {

int fail(const Error &error)
{
    err() << error.codeString() << ' ' << error.detail() << Qt::endl;
    return ExitFailed;
}

int usage(const QCommandLineParser &parser, const QString &problem)
{
    err() << problem << "\n\n" << parser.helpText() << Qt::flush;
    return ExitUsage;
}

bool writeText(const QString &path, const QByteArray &text, QFileDevice::Permissions permissions, QString *problem)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions) || file.write(text) != text.size()
        || !file.commit()) {
        *problem = path + u": "_s + file.errorString();
        return false;
    }
    return true;
}

QString keyName(const QByteArray &publicKey)
{
    return QString::fromLatin1(publicKey.toBase64());
}

int create(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addOption({ u"version"_s, u"Version, like MADOGUCHI_RDR_1.2.0."_s, u"version"_s });
    parser.addOption({ u"model"_s, u"A reader model the payload runs on; repeat for more."_s, u"model"_s });
    parser.addOption({ u"minimum-console"_s, u"Oldest console that may install it, like 0.1.0."_s, u"version"_s });
    parser.addOption({ u"payload"_s, u"The payload file."_s, u"file"_s });
    parser.addOption({ u"out"_s, u"The bundle to write (unsigned)."_s, u"file"_s });
    parser.process(arguments);

    BundleManifest manifest;
    const std::optional<VendorVersion> version = VendorVersion::parse(parser.value(u"version"_s));
    if (!version || version->product.isEmpty())
        return usage(parser, u"--version must look like MADOGUCHI_RDR_1.2.0"_s);
    manifest.version = *version;
    manifest.models = parser.values(u"model"_s);
    if (manifest.models.isEmpty())
        return usage(parser, u"at least one --model is needed"_s);
    const std::optional<VendorVersion> console = VendorVersion::parse(
        parser.isSet(u"minimum-console"_s) ? parser.value(u"minimum-console"_s) : QStringLiteral(MADOGUCHI_VERSION));
    if (!console)
        return usage(parser, u"--minimum-console must look like 0.1.0"_s);
    manifest.minimumConsole = *console;
    if (!parser.isSet(u"payload"_s) || !parser.isSet(u"out"_s))
        return usage(parser, u"--payload and --out are needed"_s);

    QFile payload(parser.value(u"payload"_s));
    if (!payload.open(QIODevice::ReadOnly))
        return fail(Error(ErrorCode::BundleMalformed, payload.fileName() + u": "_s + payload.errorString()));
    QSaveFile bundle(parser.value(u"out"_s));
    if (!bundle.open(QIODevice::WriteOnly))
        return fail(Error(ErrorCode::BundleMalformed, bundle.fileName() + u": "_s + bundle.errorString()));
    if (Result<void> written = Bundle::write(&bundle, manifest, &payload); !written)
        return fail(written.error());
    if (!bundle.commit())
        return fail(Error(ErrorCode::BundleMalformed, bundle.fileName() + u": "_s + bundle.errorString()));
    out() << "created " << bundle.fileName() << " (" << manifest.version.toString() << ", unsigned)" << Qt::endl;
    return ExitOk;
}

int sign(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addOption({ u"key"_s, u"The secret key file (Base64)."_s, u"file"_s });
    parser.addPositionalArgument(u"bundle"_s, u"The bundle to sign in place."_s);
    parser.process(arguments);
    if (!parser.isSet(u"key"_s) || parser.positionalArguments().size() != 2)
        return usage(parser, u"sign needs --key and one bundle"_s);
    QString problem;
    const QByteArray secret = readKey(parser.value(u"key"_s), SigningSecretKeyBytes, &problem);
    if (secret.isEmpty())
        return usage(parser, problem);
    const QString path = parser.positionalArguments().at(1);
    if (Result<void> signedBundle = Bundle::signFile(path, secret); !signedBundle)
        return fail(signedBundle.error());
    out() << "signed " << path << " with key " << keyName(signingPublicKey(secret)) << Qt::endl;
    return ExitOk;
}

int verify(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addOption({ u"key"_s, u"Public key file (Base64); default: the key this build trusts."_s, u"file"_s });
    parser.addOption({ u"model"_s, u"Also check that a reader of this model may install it."_s, u"model"_s });
    parser.addOption({ u"installed"_s, u"The version that reader runs, for the downgrade rule."_s, u"version"_s });
    parser.addOption({ u"allow-downgrade"_s, u"Accept versions that are not newer than --installed."_s });
    parser.addPositionalArgument(u"bundle"_s, u"The bundle to verify."_s);
    parser.process(arguments);
    if (parser.positionalArguments().size() != 2)
        return usage(parser, u"verify needs one bundle"_s);
    QByteArray publicKey = Bundle::trustedPublicKey();
    if (parser.isSet(u"key"_s)) {
        QString problem;
        publicKey = readKey(parser.value(u"key"_s), SigningPublicKeyBytes, &problem);
        if (publicKey.isEmpty())
            return usage(parser, problem);
    }
    const Result<BundleInfo> info = Bundle::verifyFile(parser.positionalArguments().at(1), publicKey);
    if (!info)
        return fail(info.error());
    if (parser.isSet(u"model"_s)) {
        const std::optional<VendorVersion> installed = VendorVersion::parse(parser.value(u"installed"_s));
        if (!installed)
            return usage(parser, u"--model needs --installed, like MADOGUCHI_RDR_1.1.0"_s);
        const DowngradePolicy policy =
            parser.isSet(u"allow-downgrade"_s) ? DowngradePolicy::Allow : DowngradePolicy::Refuse;
        if (Result<void> installable = checkInstallable(info->manifest, parser.value(u"model"_s), *installed, policy);
            !installable) {
            return fail(installable.error());
        }
    }
    out() << "OK " << info->manifest.version.toString() << " for " << info->manifest.models.join(u", "_s)
          << ", payload " << info->manifest.payloadSize << " bytes, signed with key " << keyName(publicKey) << Qt::endl;
    return ExitOk;
}

int inspect(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addPositionalArgument(u"bundle"_s, u"The bundle to describe."_s);
    parser.process(arguments);
    if (parser.positionalArguments().size() != 2)
        return usage(parser, u"inspect needs one bundle"_s);
    QFile file(parser.positionalArguments().at(1));
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error(ErrorCode::BundleMalformed, file.fileName() + u": "_s + file.errorString()));
    const Result<BundleInfo> info = Bundle::read(&file);
    if (!info)
        return fail(info.error());
    const BundleManifest &m = info->manifest;
    const QByteArray trusted = Bundle::trustedPublicKey();
    const bool valid = !info->signature.isEmpty() && verifyDetached(info->signature, info->signedMessage(), trusted);
    out() << "version          " << m.version.toString() << '\n'
          << "models           " << m.models.join(u", "_s) << '\n'
          << "minimum console  " << m.minimumConsole.toString() << '\n'
          << "payload          " << m.payloadSize << " bytes at offset " << info->payloadOffset << '\n'
          << "payload sha256   " << m.payloadSha256.toHex() << " (matches)\n"
          << "signature        "
          << (info->signature.isEmpty() ? u"none"_s
                                        : (valid ? u"valid for the trusted key"_s : u"NOT valid for the trusted key"_s))
          << '\n'
          << "trusted key      " << keyName(trusted) << '\n'
          << "manifest         " << info->manifestBytes << Qt::endl;
    return ExitOk;
}

int keygen(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addOption({ u"out"_s, u"Writes <prefix>.key (secret, mode 0600) and <prefix>.pub."_s, u"prefix"_s });
    parser.process(arguments);
    if (!parser.isSet(u"out"_s))
        return usage(parser, u"keygen needs --out"_s);
    const SigningKeyPair pair = generateSigningKeyPair();
    if (pair.secretKey.isEmpty())
        return fail(Error(ErrorCode::BundleSignatureInvalid, u"libsodium could not start"_s));
    const QString prefix = parser.value(u"out"_s);
    QString problem;
    if (QFile::exists(prefix + u".key"_s))
        return usage(parser, prefix + u".key exists; not overwritten"_s);
    if (!writeText(prefix + u".key"_s, pair.secretKey.toBase64() + '\n',
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner, &problem)
        || !writeText(prefix + u".pub"_s, pair.publicKey.toBase64() + '\n',
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                          | QFileDevice::ReadOther,
                      &problem)) {
        return usage(parser, problem);
    }
    out() << "wrote " << prefix << ".key and " << prefix << ".pub, public key " << keyName(pair.publicKey) << Qt::endl;
    return ExitOk;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"madoguchi-bundle"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Create, sign, verify and inspect Madoguchi update bundles."_s);
    // No --version option: create uses --version for the bundle's version.
    parser.addHelpOption();
    parser.addPositionalArgument(u"command"_s, u"create | sign | verify | inspect | keygen"_s);

    QStringList arguments = QCoreApplication::arguments();
    parser.parse(arguments);
    const QString command = parser.positionalArguments().value(0);
    const QStringList commands = { u"create"_s, u"sign"_s, u"verify"_s, u"inspect"_s, u"keygen"_s };
    if (commands.contains(command)) {
        parser.clearPositionalArguments();
        parser.addPositionalArgument(command, u"The command."_s);
    }
    if (command == u"create")
        return create(parser, arguments);
    if (command == u"sign")
        return sign(parser, arguments);
    if (command == u"verify")
        return verify(parser, arguments);
    if (command == u"inspect")
        return inspect(parser, arguments);
    if (command == u"keygen")
        return keygen(parser, arguments);
    parser.process(arguments);
    return usage(parser, command.isEmpty() ? u"no command given"_s : u"unknown command "_s + command);
}
