<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Digest Studio</source>
        <translation>关于论文速递工作室</translation>
    </message>
    <message>
        <source>Digest Studio</source>
        <translation>论文速递工作室</translation>
    </message>
    <message>
        <source>Curate, translate and publish the daily digest of new arXiv papers.</source>
        <translation>挑选、翻译并发布每日 arXiv 新论文速递。</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt：</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting:</source>
        <translation>KSyntaxHighlighting：</translation>
    </message>
</context>
<context>
    <name>AddEntriesCommand</name>
    <message>
        <source>Add paper %1</source>
        <translation>添加论文 %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n paper(s)</source>
        <translation>
            <numerusform>添加 %n 篇论文</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddImagesCommand</name>
    <message numerus="yes">
        <source>Add %n figure(s)</source>
        <translation>
            <numerusform>添加 %n 张配图</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestHeaderDialog</name>
    <message>
        <source>Digest Header and Footer</source>
        <translation>速递页眉与页脚</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>For your own list; not part of the post</source>
        <translation>仅用于你自己的列表，不出现在推文中</translation>
    </message>
    <message>
        <source>&amp;Legend:</source>
        <translation>分类说明(&amp;L)：</translation>
    </message>
    <message>
        <source>Tags &amp;Used</source>
        <translation>所用标签(&amp;U)</translation>
    </message>
    <message>
        <source>A legend of only the tags this digest uses, with their Chinese names</source>
        <translation>只列出本期速递用到的标签及其中文名</translation>
    </message>
    <message>
        <source>&amp;Attribution:</source>
        <translation>转载说明(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. 转自爱可可爱生活 (may be empty)</source>
        <translation>例如：转自爱可可爱生活（可留空）</translation>
    </message>
    <message>
        <source>&amp;Summary label:</source>
        <translation>摘要标签(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation>页脚(&amp;F)：</translation>
    </message>
    <message>
        <source>Use these texts for &amp;new digests too</source>
        <translation>新建速递时也使用这些文字(&amp;N)</translation>
    </message>
</context>
<context>
    <name>DigestStudio::AboutDialog</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（构建于 %2）</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>不可用</translation>
    </message>
</context>
<context>
    <name>DigestStudio::AutosaveController</name>
    <message>
        <source>Resolve conflicting changes</source>
        <translation>解决修改冲突</translation>
    </message>
</context>
<context>
    <name>DigestStudio::CheckRegistry</name>
    <message>
        <source>Chinese title, summary and short title are present</source>
        <translation>中文标题、摘要和短标题齐全</translation>
    </message>
    <message>
        <source>No ASCII punctuation inside Chinese text</source>
        <translation>中文文本中没有半角标点</translation>
    </message>
    <message>
        <source>Brackets and quotes pair up</source>
        <translation>括号和引号成对</translation>
    </message>
    <message>
        <source>The abstract&apos;s numbers appear in the Chinese summary</source>
        <translation>英文摘要中的数字出现在中文摘要中</translation>
    </message>
    <message>
        <source>Glossary terms are rendered as the glossary says</source>
        <translation>术语按术语表翻译</translation>
    </message>
    <message>
        <source>The paper was not featured in an earlier digest</source>
        <translation>论文未在以往速递中出现过</translation>
    </message>
    <message>
        <source>No paper appears twice</source>
        <translation>没有重复的论文</translation>
    </message>
    <message>
        <source>Each entry fits in one Weibo post</source>
        <translation>每篇条目都能放进一条微博</translation>
    </message>
    <message>
        <source>WeChat&apos;s body, title and summary limits</source>
        <translation>微信正文、标题和摘要的长度限制</translation>
    </message>
    <message>
        <source>A space between Chinese and Latin text (house style)</source>
        <translation>中英文之间加空格（排版风格）</translation>
    </message>
</context>
<context>
    <name>DigestStudio::ConflictDialog</name>
    <message>
        <source>Conflicting Changes to %1</source>
        <translation>论文 %1 的修改冲突</translation>
    </message>
    <message>
        <source>Someone else changed this paper&apos;s entry since you opened it. Their text is on the left, yours on the right. Edit the result on the right, or use the buttons; what you do not keep stays in the undo history.</source>
        <translation>自你打开以来，其他人修改了这篇论文的条目。左侧是对方的文本，右侧是你的文本。请在右侧编辑结果，或使用下方按钮；未保留的内容仍保存在撤销历史中。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved by someone else&lt;/b&gt;</source>
        <translation>&lt;b&gt;他人保存的版本&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours (the result to save)&lt;/b&gt;</source>
        <translation>&lt;b&gt;你的版本（将要保存的结果）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Use &amp;Mine</source>
        <translation>使用我的(&amp;M)</translation>
    </message>
    <message>
        <source>Use &amp;Theirs</source>
        <translation>使用对方的(&amp;T)</translation>
    </message>
    <message>
        <source>Use &amp;Both</source>
        <translation>两者都用(&amp;B)</translation>
    </message>
    <message>
        <source>Your text, a blank line, then theirs: merge them by hand</source>
        <translation>先是你的文本，空一行，再是对方的文本：请手动合并</translation>
    </message>
    <message>
        <source>&amp;Save Result</source>
        <translation>保存结果(&amp;S)</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>稍后决定(&amp;L)</translation>
    </message>
</context>
<context>
    <name>DigestStudio::EntryEditor</name>
    <message>
        <source>The tag in brackets before the title, e.g. LG</source>
        <translation>标题前方括号中的标签，例如 LG</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>标题(&amp;I)</translation>
    </message>
    <message>
        <source>A&amp;uthors</source>
        <translation>作者(&amp;U)</translation>
    </message>
    <message>
        <source>The text inside the brackets, distinct affiliations joined by &quot; &amp; &quot;</source>
        <translation>方括号内的文字，不同机构之间以“ &amp; ”连接</translation>
    </message>
    <message>
        <source>Anything after the closing bracket, like &quot; (2022)&quot;</source>
        <translation>右方括号之后的任何内容，例如“ (2022)”</translation>
    </message>
    <message>
        <source>after ]</source>
        <translation>] 之后</translation>
    </message>
    <message>
        <source>A&amp;ffiliations</source>
        <translation>机构(&amp;F)</translation>
    </message>
    <message>
        <source>Ab&amp;stract</source>
        <translation>英文摘要(&amp;S)</translation>
    </message>
    <message>
        <source>https://arxiv.org/abs/…</source>
        <translation>https://arxiv.org/abs/…</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>链接(&amp;L)</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Titl&amp;e</source>
        <translation>标题(&amp;E)</translation>
    </message>
    <message>
        <source>Shown in the summary line. Left empty, it is the Chinese title up to its first colon or question mark (shown greyed).</source>
        <translation>显示在摘要行中。留空时，取中文标题中第一个冒号或问号之前的部分（以灰色显示）。</translation>
    </message>
    <message>
        <source>S&amp;hort title</source>
        <translation>短标题(&amp;H)</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>摘要(&amp;M)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;No glossary terms in this sentence.&lt;/i&gt;</source>
        <translation>&lt;i&gt;本句中没有术语表中的术语。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Terms (Ctrl+number inserts): %1</source>
        <translation>术语（Ctrl+数字键插入）：%1</translation>
    </message>
</context>
<context>
    <name>DigestStudio::FieldEdit</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>No spelling suggestions</source>
        <translation>无拼写建议</translation>
    </message>
    <message>
        <source>Ignore &quot;%1&quot;</source>
        <translation>忽略“%1”</translation>
    </message>
</context>
<context>
    <name>DigestStudio::FormatRegistry</name>
    <message>
        <source>Markdown (blogs, Zhihu)</source>
        <translation>Markdown（博客、知乎）</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>WeChat article (HTML)</source>
        <translation>微信公众号文章（HTML）</translation>
    </message>
    <message>
        <source>Weibo thread</source>
        <translation>微博串</translation>
    </message>
    <message>
        <source>Published post (plain text)</source>
        <translation>已发布的推送（纯文本）</translation>
    </message>
</context>
<context>
    <name>DigestStudio::GlossaryModel</name>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DigestStudio::GlossaryPanel</name>
    <message>
        <source>Filter terms</source>
        <translation>筛选术语</translation>
    </message>
    <message>
        <source>Add a term</source>
        <translation>添加术语</translation>
    </message>
    <message>
        <source>Remove the selected terms</source>
        <translation>移除所选术语</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Import or export the glossary as CSV</source>
        <translation>以 CSV 格式导入或导出术语表</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Replace the glossary with the terms of a CSV file</source>
        <translation>用 CSV 文件中的术语替换术语表</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>new term</source>
        <translation>新术语</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Import Glossary</source>
        <translation>导入术语表</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Glossary</source>
        <translation>导出术语表</translation>
    </message>
    <message>
        <source>glossary.csv</source>
        <translation>glossary.csv</translation>
    </message>
</context>
<context>
    <name>DigestStudio::ImageStrip</name>
    <message>
        <source>Figures of this paper: paste or drop images here, drag to reorder, Delete removes</source>
        <translation>本论文的配图：可在此粘贴或拖入图片，拖动可调整顺序，按 Delete 键删除</translation>
    </message>
    <message>
        <source>Figure %1: %2 × %3 pixels</source>
        <translation>配图 %1：%2 × %3 像素</translation>
    </message>
</context>
<context>
    <name>DigestStudio::IntakeReport</name>
    <message>
        <source>not an arXiv id: &apos;%1&apos;: %2</source>
        <translation>不是 arXiv 编号：“%1”：%2</translation>
    </message>
    <message>
        <source>arXiv refused &apos;%1&apos;: %2</source>
        <translation>arXiv 拒绝了“%1”：%2</translation>
    </message>
    <message>
        <source>not found on arXiv: %1</source>
        <translation>arXiv 上找不到：%1</translation>
    </message>
    <message>
        <source>could not look up %1: %2</source>
        <translation>无法查询 %1：%2</translation>
    </message>
    <message>
        <source>the library did not keep the papers: %1</source>
        <translation>文库未能保存这些论文：%1</translation>
    </message>
    <message>
        <source>%1 is already entry %2; not added again</source>
        <translation>%1 已是第 %2 条，不再重复添加</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <source>Not arXiv ids: %1.</source>
        <translation>不是 arXiv 编号：%1。</translation>
    </message>
    <message>
        <source>arXiv refused: %1.</source>
        <translation>arXiv 拒绝了请求：%1。</translation>
    </message>
    <message>
        <source>Not found on arXiv: %1.</source>
        <translation>arXiv 上找不到：%1。</translation>
    </message>
    <message>
        <source>Could not look up %1: %2.</source>
        <translation>无法查询 %1：%2。</translation>
    </message>
    <message>
        <source>The library did not keep them: %1.</source>
        <translation>文库未能保存它们：%1。</translation>
    </message>
    <message>
        <source>Already in this digest: %1.</source>
        <translation>已在本期速递中：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n paper(s).</source>
        <translation>
            <numerusform>已添加 %n 篇论文。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looked up %n paper(s).</source>
        <translation>
            <numerusform>已查询 %n 篇论文。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestStudio::LookupPanel</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Today&apos;s listing</source>
        <translation>今日列表</translation>
    </message>
    <message>
        <source>Cross-lists</source>
        <translation>交叉列出</translation>
    </message>
    <message>
        <source>Add selected</source>
        <translation>添加所选</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Paste arXiv ids, links or any text holding them</source>
        <translation>粘贴 arXiv 编号、链接或任何包含它们的文本</translation>
    </message>
    <message>
        <source>Search arXiv</source>
        <translation>搜索 arXiv</translation>
    </message>
    <message>
        <source>Only with: keywords, comma-separated</source>
        <translation>仅包含：关键词，以逗号分隔</translation>
    </message>
    <message>
        <source>Without: keywords, comma-separated</source>
        <translation>排除：关键词，以逗号分隔</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Featured before</source>
        <translation>曾经推送</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>包含：</translation>
    </message>
    <message>
        <source>Exclude:</source>
        <translation>排除：</translation>
    </message>
    <message>
        <source>No arXiv ids found in the pasted text.</source>
        <translation>粘贴的文本中没有找到 arXiv 编号。</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n paper(s)...</source>
        <translation>
            <numerusform>正在查询 %n 篇论文…</numerusform>
        </translation>
    </message>
    <message>
        <source>Type words to search for.</source>
        <translation>请输入要搜索的词。</translation>
    </message>
    <message>
        <source>Searching arXiv...</source>
        <translation>正在搜索 arXiv…</translation>
    </message>
    <message>
        <source>Choose the categories of the daily listing in the preferences.</source>
        <translation>请在首选项中选择每日列表的分类。</translation>
    </message>
    <message>
        <source>Fetching today&apos;s listing for %1...</source>
        <translation>正在获取 %1 的今日列表…</translation>
    </message>
    <message>
        <source>Tick the papers to add first.</source>
        <translation>请先勾选要添加的论文。</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s...</source>
        <translation>%1；%2 秒后重试…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The daily listing could not be fetched: %1.</source>
        <translation>无法获取每日列表：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n new paper(s) today.</source>
        <translation>
            <numerusform>今天有 %n 篇新论文。</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: %1.</source>
        <translation>搜索失败：%1。</translation>
    </message>
    <message>
        <source>Nothing on arXiv matches &apos;%1&apos;.</source>
        <translation>arXiv 上没有与“%1”匹配的论文。</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) match.</source>
        <translation>
            <numerusform>%n 篇论文匹配。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, #%2 (v%3)</source>
        <translation>%1，第 %2 篇（v%3）</translation>
    </message>
    <message>
        <source>An earlier digest featured this paper</source>
        <translation>以往的速递推送过这篇论文</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>第 %1–%2 篇，共 %3 篇</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Sort by suggestion</source>
        <translation>按推荐排序</translation>
    </message>
    <message>
        <source>Tick suggested</source>
        <translation>勾选推荐</translation>
    </message>
    <message>
        <source>Tick the papers marked as suggested</source>
        <translation>勾选标为推荐的论文</translation>
    </message>
    <message>
        <source>Not for us</source>
        <translation>不适合我们</translation>
    </message>
    <message>
        <source>The selected papers are not for this digest: suggest fewer like them</source>
        <translation>所选论文不适合本期:少推荐类似的论文</translation>
    </message>
    <message>
        <source>Suggestions: no picks yet, so the feed&apos;s order, raised for your categories and include keywords.</source>
        <translation>推荐:尚无选稿记录,按列表顺序,并优先显示您的分类和包含关键词。</translation>
    </message>
    <message numerus="yes">
        <source>Suggestions: papers like your %n pick(s) so far (the model starts after a few days).</source>
        <translation>
            <numerusform>推荐:与您至今选中的 %n 篇论文相似(几天后启用模型)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggestions: learnt from %n pick(s) over the last %1 listing day(s).</source>
        <translation>
            <numerusform>推荐:从最近 %1 天列表中的 %n 篇选稿学得。</numerusform>
        </translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <source>term “%1”</source>
        <translation>词语“%1”</translation>
    </message>
    <message>
        <source>author %1</source>
        <translation>作者 %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>分类 %1</translation>
    </message>
    <message>
        <source>early in the feed</source>
        <translation>在列表前部</translation>
    </message>
    <message>
        <source>include keyword “%1”</source>
        <translation>包含关键词“%1”</translation>
    </message>
    <message>
        <source>marked not for us</source>
        <translation>已标为不适合</translation>
    </message>
    <message>
        <source>Suggested for: %1</source>
        <translation>推荐理由:%1</translation>
    </message>
    <message>
        <source>★ suggested</source>
        <translation>★ 推荐</translation>
    </message>
    <message numerus="yes">
        <source>Ticked %n suggested paper(s).</source>
        <translation>
            <numerusform>已勾选 %n 篇推荐论文。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the papers that are not for us first.</source>
        <translation>请先选择不适合我们的论文。</translation>
    </message>
    <message>
        <source>Could not mark %1: %2</source>
        <translation>无法标记 %1:%2</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n paper(s) not for us.</source>
        <translation>
            <numerusform>已将 %n 篇论文标为不适合。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestStudio::MainWindow</name>
    <message>
        <source>Digest Studio</source>
        <translation>论文速递工作室</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>文库：%1</translation>
    </message>
    <message>
        <source>Library not open</source>
        <translation>文库未打开</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>配图</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>The digest to edit, by date</source>
        <translation>要编辑的速递（按日期）</translation>
    </message>
    <message>
        <source>Every paper is reviewed.</source>
        <translation>所有论文均已审校。</translation>
    </message>
    <message>
        <source>Digest of %1[*]</source>
        <translation>%1 速递[*]</translation>
    </message>
    <message>
        <source>Changes Not Saved</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <source>The last changes could not be saved:
%1

Close anyway and lose them?</source>
        <translation>最近的修改无法保存：
%1

仍要关闭并丢弃这些修改吗？</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n paper(s) on arXiv…</source>
        <translation>
            <numerusform>正在 arXiv 上查询 %n 篇论文…</numerusform>
        </translation>
    </message>
    <message>
        <source>Library Not Opened</source>
        <translation>文库未打开</translation>
    </message>
    <message>
        <source>The library could not be opened, so nothing can be edited or saved until it is.</source>
        <translation>无法打开文库，在打开之前无法编辑或保存任何内容。</translation>
    </message>
    <message>
        <source>arXiv Lookup</source>
        <translation>arXiv 查询</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Fill in papers from arXiv</source>
        <translation>从 arXiv 填写论文信息</translation>
    </message>
    <message>
        <source>Training the suggestions: step %1 of %2…</source>
        <translation>正在训练推荐:第 %1 步,共 %2 步…</translation>
    </message>
    <message>
        <source>Suggestions updated.</source>
        <translation>推荐已更新。</translation>
    </message>
</context>
<context>
    <name>DigestStudio::MainWindowActions</name>
    <message>
        <source>&amp;About Digest Studio</source>
        <translation>关于论文速递工作室(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Import Glossary…</source>
        <translation>导入术语表(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Glossary…</source>
        <translation>导出术语表(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>New Digest for &amp;Today</source>
        <translation>新建今日速递(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Header and Footer…</source>
        <translation>页眉与页脚(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Done and Next</source>
        <translation>完成并转到下一篇(&amp;D)</translation>
    </message>
    <message>
        <source>Move the paper one step on (draft → translated → reviewed) and go to the next unfinished one</source>
        <translation>将论文推进一步（草稿 → 已翻译 → 已审校），并转到下一篇未完成的论文</translation>
    </message>
    <message>
        <source>&amp;Next Unfinished</source>
        <translation>下一篇未完成(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Unfinished</source>
        <translation>上一篇未完成(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Remove Papers</source>
        <translation>移除论文(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Digest</source>
        <translation>速递(&amp;D)</translation>
    </message>
</context>
<context>
    <name>DigestStudio::PaperListModel</name>
    <message>
        <source>Featured in an earlier digest</source>
        <translation>曾在以往的速递中推送过</translation>
    </message>
    <message>
        <source>arXiv has a newer version: v%1 (this entry was written from v%2)</source>
        <translation>arXiv 上有更新的版本：v%1（本条目依据 v%2 撰写）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>短标题</translation>
    </message>
    <message>
        <source>Position in the digest</source>
        <translation>在速递中的位置</translation>
    </message>
    <message>
        <source>Status: draft, translated or reviewed</source>
        <translation>状态：草稿、已翻译或已审校</translation>
    </message>
    <message>
        <source>Chinese short title (the summary line)</source>
        <translation>中文短标题（摘要行）</translation>
    </message>
    <message>
        <source>Featured before; newer arXiv version</source>
        <translation>曾经推送；arXiv 有新版本</translation>
    </message>
</context>
<context>
    <name>DigestStudio::PaperListPanel</name>
    <message>
        <source>Filter papers</source>
        <translation>筛选论文</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Show only papers not yet reviewed</source>
        <translation>仅显示尚未审校的论文</translation>
    </message>
    <message>
        <source>&amp;Tag as</source>
        <translation>设置标签(&amp;T)</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>其他…</translation>
    </message>
    <message>
        <source>Tag Papers</source>
        <translation>设置论文标签</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>&amp;Mark as</source>
        <translation>标记为(&amp;M)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>已翻译</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审校</translation>
    </message>
</context>
<context>
    <name>DigestStudio::PreviewDock</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The export format shown</source>
        <translation>显示的导出格式</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the whole post (WeChat: formatted, with a plain-text twin)</source>
        <translation>复制整篇推文（微信：带格式，并附纯文本）</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the post, with the figures as numbered files beside it</source>
        <translation>保存推文，并在旁边按编号保存配图</translation>
    </message>
    <message>
        <source>Part </source>
        <translation>第 </translation>
    </message>
    <message>
        <source>The Weibo post to count and copy</source>
        <translation>要计数和复制的微博</translation>
    </message>
    <message>
        <source>Copy &amp;part</source>
        <translation>复制本条(&amp;P)</translation>
    </message>
    <message>
        <source>Copy this Weibo post of the thread</source>
        <translation>复制微博串中的这一条</translation>
    </message>
    <message>
        <source>Part %1 of %2: %3 of %4</source>
        <translation>第 %1/%2 条：%3 / %4</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>the whole post</source>
        <translation>整篇推文</translation>
    </message>
    <message>
        <source>part %1 of %2</source>
        <translation>第 %1/%2 条</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot copy the figure %1 to %2</source>
        <translation>无法将配图 %1 复制到 %2</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Save Post</source>
        <translation>保存推文</translation>
    </message>
</context>
<context>
    <name>DigestStudio::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>修复(&amp;F)</translation>
    </message>
    <message>
        <source>Apply the safe fix of the selected problem (undoable)</source>
        <translation>对所选问题应用安全修复（可撤销）</translation>
    </message>
    <message>
        <source>Fix &amp;All</source>
        <translation>全部修复(&amp;A)</translation>
    </message>
    <message>
        <source>Apply every safe fix listed (undoable)</source>
        <translation>应用列出的所有安全修复（可撤销）</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>未发现问题</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>速递</translation>
    </message>
    <message>
        <source>Paper %1</source>
        <translation>第 %1 篇</translation>
    </message>
</context>
<context>
    <name>DigestStudio::WeChatExporter</name>
    <message>
        <source>Modern</source>
        <translation>现代</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>紧凑</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>经典</translation>
    </message>
</context>
<context>
    <name>DigestStudio::WindowStatusBar</name>
    <message>
        <source>No digest open</source>
        <translation>未打开速递</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>No papers</source>
        <translation>没有论文</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s): %1 draft, %2 translated, %3 reviewed</source>
        <translation>
            <numerusform>%n 篇论文：%1 篇草稿，%2 篇已翻译，%3 篇已审校</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>剩余 %n 篇</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestStudio::Workspace</name>
    <message numerus="yes">
        <source>(%n paper(s))</source>
        <translation>
            <numerusform>（%n 篇论文）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Affiliations note</source>
        <translation>机构备注</translation>
    </message>
    <message>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <source>Chinese short title</source>
        <translation>中文短标题</translation>
    </message>
    <message>
        <source>Chinese summary</source>
        <translation>中文摘要</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>英文摘要</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>affiliations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>affiliations note</source>
        <translation>机构备注</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>英文摘要</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
</context>
<context>
    <name>GlossaryCsv</name>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>该文件不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>Line %1: text after a closing quote.</source>
        <translation>第 %1 行：右引号之后还有文本。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>第 %1 行：带引号的字段没有闭合。</translation>
    </message>
    <message>
        <source>Line %1: %2 fields; a term has at most three (English, Chinese, note).</source>
        <translation>第 %1 行：有 %2 个字段；一个术语最多三个字段（英文、中文、备注）。</translation>
    </message>
    <message>
        <source>Line %1: a term needs both an English term and a Chinese rendering.</source>
        <translation>第 %1 行：术语必须同时包含英文术语和中文译法。</translation>
    </message>
</context>
<context>
    <name>ImageIntake</name>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 大于 %2 MB</translation>
    </message>
    <message>
        <source>%1 is not an image Digest Studio can read</source>
        <translation>%1 不是论文速递工作室能读取的图片</translation>
    </message>
    <message>
        <source>%1 has %2 × %3 pixels, more than %4 million</source>
        <translation>%1 有 %2 × %3 像素，超过 %4 百万像素</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The pasted image</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <source>The pasted image has %1 × %2 pixels, more than %3 million</source>
        <translation>粘贴的图片有 %1 × %2 像素，超过 %3 百万像素</translation>
    </message>
</context>
<context>
    <name>MoveEntryCommand</name>
    <message>
        <source>Move paper %1 to position %2</source>
        <translation>将第 %1 篇论文移到第 %2 位</translation>
    </message>
    <message numerus="yes">
        <source>Move %n paper(s)</source>
        <translation>
            <numerusform>移动 %n 篇论文</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveEntriesCommand</name>
    <message>
        <source>Remove paper %1</source>
        <translation>移除论文 %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n paper(s)</source>
        <translation>
            <numerusform>移除 %n 篇论文</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveImagesCommand</name>
    <message numerus="yes">
        <source>Remove %n figure(s)</source>
        <translation>
            <numerusform>移除 %n 张配图</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReorderImagesCommand</name>
    <message>
        <source>Reorder figures</source>
        <translation>调整配图顺序</translation>
    </message>
</context>
<context>
    <name>SetFieldCommand</name>
    <message>
        <source>Edit %1 of paper %2</source>
        <translation>编辑第 %2 篇论文的%1</translation>
    </message>
</context>
<context>
    <name>SetHeaderCommand</name>
    <message>
        <source>Edit header and footer</source>
        <translation>编辑页眉与页脚</translation>
    </message>
</context>
<context>
    <name>SetStatusCommand</name>
    <message numerus="yes">
        <source>Mark %n paper(s) %1</source>
        <translation>
            <numerusform>将 %n 篇论文标记为%1</numerusform>
        </translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>已翻译</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已审校</translation>
    </message>
</context>
<context>
    <name>SetTagCommand</name>
    <message numerus="yes">
        <source>Tag %n paper(s) as %1</source>
        <translation>
            <numerusform>将 %n 篇论文的标签设为 %1</numerusform>
        </translation>
    </message>
</context>
</TS>
