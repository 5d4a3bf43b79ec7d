// The typed exception core throws; see Error.h.
#include "common/Error.h"

namespace daymark {

Error::Error(Kind kind, QString message, QString detail)
    : m_kind(kind), m_message(std::move(message)), m_detail(std::move(detail)),
      m_what(m_detail.isEmpty() ? m_message.toStdString() : QString(m_message + u" (" + m_detail + u')').toStdString())
{}

} // namespace daymark
