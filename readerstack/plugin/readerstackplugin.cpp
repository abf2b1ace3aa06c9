// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/plugin/readerstackplugin.h"

#include "readerstack/plugin/threadedreader.h"

namespace ReaderStack {

using namespace DeviceLink;

Result<std::unique_ptr<AttachedReader>> ReaderStackPlugin::attach(const AttachOptions &options)
{
    Result<std::unique_ptr<ThreadedReader>> reader = ThreadedReader::start(options);
    if (!reader)
        return reader.error();
    return std::unique_ptr<AttachedReader>(std::move(reader).value());
}

} // namespace ReaderStack
