// docs/workflow.md must be what the code renders: the document people read is the table the
// server enforces. Set VITALIS_UPDATE_DOCS=1 to rewrite the file after changing the table.
#include "core/WorkflowDoc.h"

#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace vitalis;

namespace
{
const std::string kDocPath = std::string(VITALIS_SOURCE_DIR) + "/docs/workflow.md";
}

TEST(WorkflowDoc, DocsWorkflowMdMatchesTheTable)
{
    const auto rendered = workflow::renderDocument(RoleCatalog::defaults());
    if (const char* update = std::getenv("VITALIS_UPDATE_DOCS"); update && *update == '1') {
        std::ofstream(kDocPath, std::ios::binary) << rendered;
    }
    std::ifstream in(kDocPath, std::ios::binary);
    ASSERT_TRUE(in) << kDocPath << " is missing; run with VITALIS_UPDATE_DOCS=1";
    std::stringstream onDisk;
    onDisk << in.rdbuf();
    EXPECT_EQ(onDisk.str(), rendered)
        << kDocPath << " is out of date; run test_core with VITALIS_UPDATE_DOCS=1";
}

TEST(WorkflowDoc, ShowsCellsAndRoleButtons)
{
    const auto md = workflow::renderDocument(RoleCatalog::defaults());
    // The reject row: sends notified/declared/validated back, needs a reason.
    EXPECT_NE(
        md.find("| **reject** | - | requires_updates [reject]* | requires_updates [reject]* | "
                "requires_updates [reject]* | - | - | - | - |"),
        std::string::npos)
        << md;
    EXPECT_NE(md.find("### hospital_clerk\n\nScopes: `notify`\n"), std::string::npos);
    EXPECT_NE(md.find("| draft | create_draft, notify, edit |"), std::string::npos);
    EXPECT_NE(md.find("| archived | reinstate |"), std::string::npos); // registrar and agent
}
