// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/scriptfile.h"

#include "app/core/scripts.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {

    const QString formatName = u"caredesk-scripts"_s;
    const QStringList csvColumns { u"key"_s, u"title"_s, u"shortcut"_s, u"category"_s, u"scope"_s,
        u"platform"_s, u"language"_s, u"variant_title"_s, u"body"_s, u"usage_count"_s };

    int lineAt(const QByteArray &data, qsizetype offset)
    {
        return static_cast<int>(data.left(offset).count('\n')) + 1;
    }

    Error invalid(const QString &message)
    {
        return Error { ErrorCode::Invalid, message };
    }

    /// Where each JSON array element of "scripts" starts, for line numbers in errors: the
    /// offsets of the objects one level inside the array after the "scripts" key (or the top
    /// array). A light scan: strings are skipped, so braces inside texts do not count.
    QList<int> objectLines(const QByteArray &data, bool topArray)
    {
        QList<int> lines;
        int depth = 0;
        int line = 1;
        int arrayDepth = -1;
        bool inString = false;
        QByteArray lastKey;
        QByteArray currentString;
        for (qsizetype i = 0; i < data.size(); ++i) {
            const char c = data.at(i);
            if (c == '\n')
                ++line;
            if (inString) {
                if (c == '\\') {
                    ++i;
                    continue;
                }
                if (c == '"') {
                    inString = false;
                    lastKey = currentString;
                } else {
                    currentString.append(c);
                }
                continue;
            }
            if (c == '"') {
                inString = true;
                currentString.clear();
            } else if (c == '[' || c == '{') {
                if (c == '[' && arrayDepth < 0
                    && ((topArray && depth == 0)
                        || (!topArray && depth == 1 && lastKey == "scripts")))
                    arrayDepth = depth + 1;
                else if (c == '{' && arrayDepth >= 0 && depth == arrayDepth)
                    lines.append(line);
                ++depth;
            } else if (c == ']' || c == '}') {
                --depth;
                if (arrayDepth >= 0 && depth < arrayDepth)
                    arrayDepth = -2; // done
            }
        }
        return lines;
    }

    QString stringField(const QJsonObject &object, const QString &key, QString *error)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            *error = ScriptFile::tr("“%1” must be a string.").arg(key);
            return {};
        }
        return value.toString();
    }

    bool personalScope(const QString &scope, QString *error)
    {
        if (scope.isEmpty() || scope == "team"_L1)
            return false;
        if (scope == "personal"_L1)
            return true;
        *error = ScriptFile::tr("The scope “%1” is neither team nor personal.").arg(scope);
        return false;
    }

    /// Checks the file as a whole: every script valid, keys unique.
    Result<ScriptFileContents> finish(ScriptFileContents contents)
    {
        QSet<QString> keys;
        for (ScriptFileEntry &entry : contents.scripts) {
            entry.script = Scripts::normalized(entry.script);
            const QString where
                = ScriptFile::tr("Record %1 (line %2)").arg(entry.record).arg(entry.line);
            if (const QString problem = Scripts::validate(entry.script); !problem.isEmpty())
                return invalid(ScriptFile::tr("%1: %2").arg(where, problem));
            if (!entry.script.key.isEmpty()) {
                const QString scoped = (entry.personal ? u"p:"_s : u"t:"_s) + entry.script.key;
                if (keys.contains(scoped))
                    return invalid(ScriptFile::tr("%1: the key “%2” appears twice in the file.")
                                       .arg(where, entry.script.key));
                keys.insert(scoped);
            }
        }
        for (auto it = contents.links.cbegin(); it != contents.links.cend(); ++it) {
            if (!Scripts::isPlaceholder(u"link:"_s + it.key()))
                return invalid(
                    ScriptFile::tr("The link name “%1” may hold only letters, digits, _, - and .")
                        .arg(it.key()));
            const QString url = it.value();
            if (!url.startsWith("https://"_L1) && !url.startsWith("http://"_L1))
                return invalid(
                    ScriptFile::tr("The link “%1” is not an http or https address.").arg(it.key()));
        }
        return contents;
    }

    /// RFC 4180 records with the line each starts on.
    struct CsvRecord {
        QStringList fields;
        int line = 0;
    };

    Result<QList<CsvRecord>> parseCsv(const QString &text)
    {
        QList<CsvRecord> records;
        CsvRecord record;
        QString field;
        int line = 1;
        record.line = 1;
        bool inQuotes = false;
        bool quoted = false; // the field started with a quote
        bool any = false; // anything in this record yet
        int quoteLine = 0;
        const auto endField = [&] {
            record.fields.append(field);
            field.clear();
            quoted = false;
        };
        const auto endRecord = [&] {
            endField();
            if (any || record.fields.size() > 1 || !record.fields.first().isEmpty())
                records.append(record);
            record = CsvRecord {};
            any = false;
        };
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (inQuotes) {
                if (c == u'"') {
                    if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                        field.append(u'"');
                        ++i;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == u'\n')
                        ++line;
                    field.append(c);
                }
                continue;
            }
            if (record.fields.isEmpty() && field.isEmpty() && !any)
                record.line = line;
            if (c == u'"') {
                if (!field.isEmpty() || quoted)
                    return invalid(ScriptFile::tr(
                        "Line %1: a quote inside an unquoted field (write it as \"\" "
                        "inside a quoted field).")
                                       .arg(line));
                inQuotes = true;
                quoted = true;
                quoteLine = line;
                any = true;
            } else if (c == u',') {
                endField();
                any = true;
            } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                continue;
            } else if (c == u'\n') {
                endRecord();
                ++line;
            } else {
                if (quoted)
                    return invalid(
                        ScriptFile::tr("Line %1: text after a closing quote.").arg(line));
                field.append(c);
                any = true;
            }
        }
        if (inQuotes)
            return invalid(
                ScriptFile::tr("Line %1: a quoted field is never closed.").arg(quoteLine));
        if (any || !field.isEmpty())
            endRecord();
        return records;
    }

    QString csvField(const QString &value)
    {
        if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n')
            && !value.contains(u'\r') && !value.startsWith(u' ') && !value.endsWith(u' '))
            return value;
        QString escaped = value;
        escaped.replace(u"\""_s, u"\"\""_s);
        return u'"' + escaped + u'"';
    }

} // namespace

std::optional<ScriptFile::Format> ScriptFile::formatForPath(const QString &path)
{
    return formatFromString(QFileInfo(path).suffix());
}

std::optional<ScriptFile::Format> ScriptFile::formatFromString(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == "json"_L1)
        return Format::Json;
    if (lower == "csv"_L1)
        return Format::Csv;
    return std::nullopt;
}

Result<ScriptFileContents> ScriptFile::read(const QByteArray &data, Format format)
{
    return format == Format::Json ? readJson(data) : readCsv(data);
}

Result<ScriptFileContents> ScriptFile::readJson(const QByteArray &data)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(
            tr("Line %1: %2.").arg(lineAt(data, parseError.offset)).arg(parseError.errorString()));
    ScriptFileContents contents;
    QJsonArray scripts;
    if (document.isArray()) {
        scripts = document.array();
    } else {
        const QJsonObject root = document.object();
        const QString format = root.value(u"format"_s).toString(formatName);
        if (format != formatName)
            return invalid(
                tr("The file is a “%1” file, not a CareDesk script library.").arg(format));
        if (root.value(u"version"_s).toInt(1) != 1)
            return invalid(tr("The script library has version %1; this CareDesk reads version 1.")
                               .arg(root.value(u"version"_s).toInt()));
        if (!root.value(u"scripts"_s).isArray())
            return invalid(tr("The file has no “scripts” list."));
        scripts = root.value(u"scripts"_s).toArray();
        const QJsonValue links = root.value(u"links"_s);
        if (!links.isUndefined() && !links.isObject())
            return invalid(tr("“links” must be an object of names and addresses."));
        const QJsonObject linkObject = links.toObject();
        for (auto it = linkObject.begin(); it != linkObject.end(); ++it) {
            if (!it.value().isString())
                return invalid(tr("The link “%1” must be a string.").arg(it.key()));
            contents.links.insert(it.key(), it.value().toString());
        }
    }
    const QList<int> lines = objectLines(data, document.isArray());
    for (int i = 0; i < scripts.size(); ++i) {
        const int record = i + 1;
        const int line = lines.value(i, 0);
        const QString where = tr("Record %1 (line %2)").arg(record).arg(line);
        if (!scripts.at(i).isObject())
            return invalid(tr("%1: a script must be an object.").arg(where));
        const QJsonObject object = scripts.at(i).toObject();
        QString error;
        ScriptFileEntry entry;
        entry.record = record;
        entry.line = line;
        Script &script = entry.script;
        script.key = stringField(object, u"key"_s, &error);
        if (error.isEmpty())
            script.title = stringField(object, u"title"_s, &error);
        if (error.isEmpty())
            script.shortcut = stringField(object, u"shortcut"_s, &error);
        if (error.isEmpty())
            script.category = stringField(object, u"category"_s, &error);
        if (error.isEmpty())
            entry.personal = personalScope(stringField(object, u"scope"_s, &error), &error);
        if (error.isEmpty() && object.contains(u"body"_s)) {
            // A script of one text may give it directly.
            script.variants.append({ stringField(object, u"platform"_s, &error),
                stringField(object, u"language"_s, &error), QString(),
                stringField(object, u"body"_s, &error) });
        }
        const QJsonValue variants = object.value(u"variants"_s);
        if (error.isEmpty() && !variants.isUndefined() && !variants.isArray())
            error = tr("“variants” must be a list.");
        const QJsonArray variantArray = variants.toArray();
        for (int v = 0; v < variantArray.size() && error.isEmpty(); ++v) {
            if (!variantArray.at(v).isObject()) {
                error = tr("variant %1 must be an object.").arg(v + 1);
                break;
            }
            const QJsonObject vo = variantArray.at(v).toObject();
            ScriptVariant variant;
            variant.platform = stringField(vo, u"platform"_s, &error);
            variant.language = stringField(vo, u"language"_s, &error);
            variant.title = stringField(vo, u"title"_s, &error);
            variant.body = stringField(vo, u"body"_s, &error);
            if (!error.isEmpty())
                error = tr("variant %1: %2").arg(v + 1).arg(error);
            script.variants.append(variant);
        }
        if (!error.isEmpty())
            return invalid(tr("%1: %2").arg(where, error));
        contents.scripts.append(entry);
    }
    return finish(contents);
}

Result<ScriptFileContents> ScriptFile::readCsv(const QByteArray &data)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1); // spreadsheets write a byte order mark
    Result<QList<CsvRecord>> parsed = parseCsv(text);
    if (!parsed.ok())
        return parsed.error();
    const QList<CsvRecord> &records = parsed.value();
    if (records.isEmpty())
        return invalid(
            tr("The CSV file is empty; it needs a header row (%1).").arg(csvColumns.join(u',')));
    QHash<QString, int> column;
    const QStringList header = records.first().fields;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (!csvColumns.contains(name))
            return invalid(tr("Line 1: unknown column “%1” (expected %2).")
                               .arg(header.at(i), csvColumns.join(u", ")));
        column.insert(name, i);
    }
    for (const QString &required : { u"title"_s, u"body"_s }) {
        if (!column.contains(required))
            return invalid(tr("Line 1: the header has no “%1” column.").arg(required));
    }
    ScriptFileContents contents;
    QHash<QString, int> byKey; // key or title -> index in contents.scripts
    for (int r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records.at(r);
        const int number = r; // data records are numbered from 1, the header is record 0
        const QString where = tr("Record %1 (line %2)").arg(number).arg(record.line);
        if (record.fields.size() != header.size())
            return invalid(tr("%1: %2 fields where the header has %3.")
                               .arg(where)
                               .arg(record.fields.size())
                               .arg(header.size()));
        const auto field = [&](const QString &name) {
            return column.contains(name) ? record.fields.at(column.value(name)) : QString();
        };
        const QString key = field(u"key"_s).trimmed();
        const QString title = field(u"title"_s).trimmed();
        QString error;
        const bool personal = personalScope(field(u"scope"_s).trimmed(), &error);
        if (!error.isEmpty())
            return invalid(tr("%1: %2").arg(where, error));
        const QString group = (personal ? u"p:"_s : u"t:"_s)
            + (key.isEmpty() ? u"title:"_s + title : u"key:"_s + key);
        if (title.isEmpty() && key.isEmpty())
            return invalid(tr("%1: the row has neither a key nor a title.").arg(where));
        ScriptVariant variant { field(u"platform"_s), field(u"language"_s),
            field(u"variant_title"_s), field(u"body"_s) };
        if (byKey.contains(group)) {
            contents.scripts[byKey.value(group)].script.variants.append(variant);
            continue;
        }
        ScriptFileEntry entry;
        entry.record = number;
        entry.line = record.line;
        entry.personal = personal;
        entry.script.key = key;
        entry.script.title = title;
        entry.script.shortcut = field(u"shortcut"_s);
        entry.script.category = field(u"category"_s);
        entry.script.variants.append(variant);
        byKey.insert(group, static_cast<int>(contents.scripts.size()));
        contents.scripts.append(entry);
    }
    return finish(contents);
}

QJsonObject ScriptFile::toJson(const Script &script)
{
    QJsonObject object;
    if (!script.key.isEmpty())
        object.insert(u"key"_s, script.key);
    object.insert(u"title"_s, script.title);
    object.insert(u"shortcut"_s, script.shortcut);
    object.insert(u"category"_s, script.category);
    object.insert(u"scope"_s, script.ownerAgentId != 0 ? u"personal"_s : u"team"_s);
    QJsonArray variants;
    for (const ScriptVariant &variant : script.variants) {
        QJsonObject v;
        v.insert(u"platform"_s, variant.platform);
        v.insert(u"language"_s, variant.language);
        if (!variant.title.isEmpty())
            v.insert(u"title"_s, variant.title);
        v.insert(u"body"_s, variant.body);
        variants.append(v);
    }
    object.insert(u"variants"_s, variants);
    object.insert(u"usage_count"_s, script.usageCount);
    return object;
}

QByteArray ScriptFile::write(
    const QList<Script> &scripts, const QHash<QString, QString> &links, Format format)
{
    return format == Format::Json ? writeJson(scripts, links) : writeCsv(scripts);
}

QByteArray ScriptFile::writeJson(const QList<Script> &scripts, const QHash<QString, QString> &links)
{
    QJsonObject root;
    root.insert(u"format"_s, formatName);
    root.insert(u"version"_s, 1);
    QJsonObject linkObject;
    for (auto it = links.cbegin(); it != links.cend(); ++it)
        linkObject.insert(it.key(), it.value());
    root.insert(u"links"_s, linkObject);
    QJsonArray array;
    for (const Script &script : scripts)
        array.append(toJson(script));
    root.insert(u"scripts"_s, array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray ScriptFile::writeCsv(const QList<Script> &scripts)
{
    QString out = csvColumns.join(u',') + u"\r\n"_s;
    for (const Script &script : scripts) {
        for (const ScriptVariant &variant : script.variants) {
            const QStringList fields { script.key, script.title, script.shortcut, script.category,
                script.ownerAgentId != 0 ? u"personal"_s : u"team"_s, variant.platform,
                variant.language, variant.title, variant.body, QString::number(script.usageCount) };
            QStringList escaped;
            for (const QString &field : fields)
                escaped.append(csvField(field));
            out += escaped.join(u',') + u"\r\n"_s;
        }
    }
    return out.toUtf8();
}

} // namespace CareDesk
