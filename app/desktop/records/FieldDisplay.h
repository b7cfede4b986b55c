// The record screen's value display: the Qt-free forms::FieldDisplay (moved to forms/ so the
// certificate templates format values with the same code), under its desktop name.
#pragma once

#include "forms/FieldDisplay.h"

namespace vitalis::desktop
{

using DisplayRow = forms::DisplayRow;
using FieldDisplay = forms::FieldDisplay;

} // namespace vitalis::desktop
