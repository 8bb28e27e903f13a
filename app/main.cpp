// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/application.h"

int main(int argc, char *argv[])
{
    return CareDesk::runDesktop(argc, argv);
}
