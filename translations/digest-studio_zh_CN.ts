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
        <source>&apos;%1&apos; (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <source>No arXiv ids found in the pasted text.</source>
        <translation>粘贴的文本中没有找到 arXiv 编号。</translation>
    </message>
    <message>
        <source>Not arXiv ids: %1</source>
        <translation>不是 arXiv 编号：%1</translation>
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
    <message numerus="yes">
        <source>Added %n paper(s).</source>
        <translation>
            <numerusform>已添加 %n 篇论文。</numerusform>
        </translation>
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
</context>
<context>
    <name>DigestStudio::MainWindow</name>
    <message>
        <source>Digest Studio</source>
        <translation>论文速递工作室</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Digest Studio&lt;/h2&gt;&lt;p&gt;Curate, translate and publish the daily digest of new arXiv papers.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;论文速递工作室&lt;/h2&gt;&lt;p&gt;挑选、翻译并发布每日 arXiv 新论文速递。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>文库：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Digest</source>
        <translation>速递(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Digest Studio</source>
        <translation>关于论文速递工作室(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
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
</TS>
