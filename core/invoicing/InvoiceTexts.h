#pragma once

#include "money/Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace minutier {

struct BillingPolicy;

// The wording of the invoice document itself. An invoice is written in the client's language
// ("fr" or "en") whatever the language of the interface, so these texts come from a small table
// in this class and never from the installed translator.
namespace InvoiceTexts {

// `key` is an English identifier such as "invoice_title"; an unknown key asserts and returns itself.
QString text(const QString &language, const char *key);

// Amounts from minor units, exactly: "1 234,56 €" (fr), "€1,234.56" (en).
QString money(Money amount, const QString &language);
// The plain number without symbol: "1 234,56" (fr), "1,234.56" (en).
QString amount(qint64 minor, int exponent, const QString &language);
QString date(QDate date, const QString &language); // 24/11/2026 | 24 Nov 2026
QString time(const QDateTime &utc); // 14:05 (local time)
QString vatRate(qint64 basisPoints, const QString &language); // "20 %", "5,5 %" | "20%", "5.5%"
// A per-minute rate given with 4 fraction digits ("3.0000" or rateE4): "3,00 €/min", "€0.4525/min".
QString perMinuteRate(qint64 rateE4, Currency currency, const QString &language);
QString perMinuteRate(const QString &decimalRate, Currency currency, const QString &language);
QString duration(qint64 seconds, const QString &language); // "12 min 34 s"
// "Call of 24 Nov 2026, 14:00–14:12: 12 min 34 s at €3.00/min, first 2 minutes free" (the billing
// engine's PriceExplanation after the call's date and times).
QString sessionLine(const BillingPolicy &policy, const QDateTime &start, const QDateTime &end, qint64 durationMs,
    std::optional<qint64> capMinor, const QString &language);

} // namespace InvoiceTexts

} // namespace minutier
