// What a WhatsApp message's text says beyond its words: who sent it, attached or omitted media, "This message was
// deleted", "<This message was edited>", missed calls. The text itself is never changed.
#pragma once

#include "importers/ImportedMessage.h"

namespace daymark::importers {

// Splits "Name: text" (the part of a line after the time) into sender and text; a line with no sender is a system
// line ("You created group", "Messages are end-to-end encrypted").
void splitWhatsAppSender(QStringView rest, ImportedMessage& message);

// Sets media, edited, deleted and call kinds from the complete text of a message.
void finishWhatsAppMessage(ImportedMessage& message);

// True for text that reads as a phone number ("+44 7700 900123", "07700-900123").
bool looksLikePhoneNumber(const QString& text);

} // namespace daymark::importers
