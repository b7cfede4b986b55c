// The public certificate check page (GET /verify): one self-contained HTML file (no external
// script, style or font) in English, French and Arabic (right to left), usable on a phone.
#pragma once

#include <QByteArray>

namespace vitalis::server
{

QByteArray verifyPageHtml();

} // namespace vitalis::server
