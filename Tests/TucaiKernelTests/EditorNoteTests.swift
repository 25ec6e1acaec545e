import Testing
import TucaiKernel

@Suite struct EditorNoteTests {
    @Test func aNoticePrintsTheSchoolsWordsAndShowPrintsTheRemarks() {
        let agency = "采集人员⟦通知未写采集单位名称⟧"
        #expect(EditorNote.published(agency) == "采集人员")
        #expect(EditorNote.annotated(agency) == "采集人员（通知未写采集单位名称）")
        #expect(EditorNote.remarks(in: agency) == ["通知未写采集单位名称"])
    }

    @Test func aRestorationGoesIntoTheNoticeButNotIntoTheSourceAsSaved() {
        let scope = "2025⟦+年⟧4月至2026⟦+年⟧3月间预计毕业"
        #expect(EditorNote.published(scope) == "2025年4月至2026年3月间预计毕业")
        #expect(EditorNote.annotated(scope) == "20254月至20263月间预计毕业")
    }

    @Test func aPassageThatBreaksOffIsToldApart() {
        #expect(EditorNote.breaksOff("请及时与教务工作……⟦原文至此截断⟧"))
        #expect(EditorNote.breaksOff("交采……⟦原文至此截断：收款方缺失⟧"))
        #expect(!EditorNote.breaksOff("采集单位⟦通知未写名称⟧"))
        #expect(!EditorNote.breaksOff("原文至此截断"), "the words alone, outside a remark, are the source's")
    }

    @Test func textWithoutRemarksIsUnchangedAndAStrayBracketShows() {
        #expect(EditorNote.published("教毕指〔2017〕99号") == "教毕指〔2017〕99号")
        #expect(EditorNote.isWellFormed("a⟦b⟧c⟦+d⟧"))
        #expect(!EditorNote.isWellFormed("a⟦b）"))
        #expect(!EditorNote.isWellFormed("a⟧b"))
        #expect(!EditorNote.isWellFormed("⟦a⟦b⟧⟧"))
        #expect(EditorNote.published("a⟦b）").contains("⟦"), "an unclosed remark is printed, so the mistake is seen")
    }
}
