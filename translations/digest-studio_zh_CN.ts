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
    <name>AliasCommand</name>
    <message>
        <source>Remember “%1” for “%2”</source>
        <translation>记住用“%1”代替“%2”</translation>
    </message>
</context>
<context>
    <name>ApplyDraftCommand</name>
    <message>
        <source>Machine draft of paper %1</source>
        <translation>论文 %1 的机器草稿</translation>
    </message>
</context>
<context>
    <name>AssignCommand</name>
    <message>
        <source>Unassign papers</source>
        <translation>取消论文分配</translation>
    </message>
    <message>
        <source>Assign papers to %1</source>
        <translation>将论文分配给 %1</translation>
    </message>
    <message>
        <source>Remove the reviewer</source>
        <translation>移除审校人</translation>
    </message>
    <message>
        <source>Make %1 the reviewer</source>
        <translation>指定 %1 为审校人</translation>
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
    <name>DigestStudio::ActivityPanel</name>
    <message>
        <source>commented</source>
        <translation>发表了评论</translation>
    </message>
    <message>
        <source>commented on the %1</source>
        <translation>评论了%1</translation>
    </message>
    <message>
        <source>replied to a comment</source>
        <translation>回复了评论</translation>
    </message>
    <message>
        <source>published to %1</source>
        <translation>发布到%1</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>取消了分配</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>分配给 %1</translation>
    </message>
    <message>
        <source>removed the reviewer</source>
        <translation>移除了审校人</translation>
    </message>
    <message>
        <source>asked %1 to review</source>
        <translation>请 %1 审校</translation>
    </message>
    <message>
        <source>marked %1</source>
        <translation>标记为%1</translation>
    </message>
    <message>
        <source>edited the %1</source>
        <translation>编辑了%1</translation>
    </message>
    <message>
        <source>digest %1, paper %2</source>
        <translation>速递 %1，第 %2 篇</translation>
    </message>
    <message>
        <source>digest %1</source>
        <translation>速递 %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <source>What</source>
        <translation>做了什么</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>The team has done nothing yet.</source>
        <translation>团队还没有任何动态。</translation>
    </message>
    <message numerus="yes">
        <source>The team&apos;s latest %n event(s), newest first.</source>
        <translation>
            <numerusform>团队最近的 %n 条动态，最新的在前。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestStudio::AliasOfferBar</name>
    <message>
        <source>&amp;Remember</source>
        <translation>记住(&amp;R)</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Affiliation lines filled from papers will use the new name, for everyone in this library</source>
        <translation>从论文填写的单位行将使用新名称，对本库中的所有人生效</translation>
    </message>
    <message>
        <source>Write “%1” for “%2” from now on? Affiliation lines filled from papers will use it, for the whole team.</source>
        <translation>以后都用“%1”代替“%2”吗？从论文填写的单位行将使用它，对整个团队生效。</translation>
    </message>
</context>
<context>
    <name>DigestStudio::AliasOfferController</name>
    <message>
        <source>The alias was not remembered: %1</source>
        <translation>未能记住该别名：%1</translation>
    </message>
    <message>
        <source>Remembered “%1” for “%2”</source>
        <translation>已记住用“%1”代替“%2”</translation>
    </message>
</context>
<context>
    <name>DigestStudio::AssignmentController</name>
    <message>
        <source>New assignments cannot be read: %1</source>
        <translation>无法读取新的分配：%1</translation>
    </message>
    <message>
        <source>A paper for you to review</source>
        <translation>一篇待你审阅的论文</translation>
    </message>
    <message>
        <source>A paper assigned to you</source>
        <translation>一篇分配给你的论文</translation>
    </message>
    <message numerus="yes">
        <source>%n new for me</source>
        <translation>
            <numerusform>%n 条新分配</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to open the newest; the Mine box shows all of them.</source>
        <translation>点击打开最新的一条；勾选“我的”可显示全部。</translation>
    </message>
</context>
<context>
    <name>DigestStudio::AssignmentWatch</name>
    <message>
        <source>You review paper %1 (%2): %3</source>
        <translation>你审阅论文 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Paper %1 (%2) is assigned to you: %3</source>
        <translation>论文 %1（%2）已分配给你：%3</translation>
    </message>
    <message>
        <source>%1 asked you to review paper %2 (%3): %4</source>
        <translation>%1 请你审阅论文 %2（%3）：%4</translation>
    </message>
    <message>
        <source>%1 assigned you paper %2 (%3): %4</source>
        <translation>%1 把论文 %2（%3）分配给了你：%4</translation>
    </message>
</context>
<context>
    <name>DigestStudio::AuthorBlockAnswer</name>
    <message>
        <source>The answer is not a chat completion (not one JSON object).</source>
        <translation>回答不是聊天补全（不是一个 JSON 对象）。</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>服务器报告错误：%1</translation>
    </message>
    <message>
        <source>The answer was cut off at the max-tokens limit.</source>
        <translation>回答在最大 token 数处被截断。</translation>
    </message>
    <message>
        <source>The answer is not {&quot;institutions&quot;: [...]}.</source>
        <translation>回答不是 {&quot;institutions&quot;: [...]}。</translation>
    </message>
    <message>
        <source>The answer names %1 institutions; at most %2 are taken.</source>
        <translation>回答列出了 %1 个机构；最多只取 %2 个。</translation>
    </message>
    <message>
        <source>An institution in the answer is not a string.</source>
        <translation>回答中的某个机构不是字符串。</translation>
    </message>
    <message>
        <source>An institution in the answer is longer than %1 characters.</source>
        <translation>回答中的某个机构超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The answer names %1, which is not text of the author block: nothing was taken.</source>
        <translation>回答中的 %1 不是作者信息块中的原文：未采用任何内容。</translation>
    </message>
</context>
<context>
    <name>DigestStudio::AuthorBlockReader</name>
    <message>
        <source>The drafting provider &quot;%1&quot; cannot read author blocks (an OpenAI-compatible one can).</source>
        <translation>草拟服务“%1”无法读取作者信息块（兼容 OpenAI 的服务可以）。</translation>
    </message>
    <message>
        <source>The author block is empty.</source>
        <translation>作者信息块为空。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The model&apos;s server answered HTTP %1: %2</source>
        <translation>模型服务器返回 HTTP %1：%2</translation>
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
    <name>DigestStudio::BoundedFile</name>
    <message>
        <source>%1 is larger than %2 MB: refused</source>
        <translation>%1 大于 %2 MB：已拒绝</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB: refused</source>
        <translation>%1 大于 %2 KB：已拒绝</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes: refused</source>
        <translation>%1 大于 %2 字节：已拒绝</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
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
    <message>
        <source>No machine draft goes out unrevised</source>
        <translation>机器初稿不经修改不得发出</translation>
    </message>
    <message>
        <source>Every comment of the team is resolved</source>
        <translation>团队的评论都已解决</translation>
    </message>
    <message>
        <source>No proposal of the morning run is left undecided</source>
        <translation>晨间运行的提议均已决定</translation>
    </message>
    <message>
        <source>No affiliation line a model read goes out unchecked</source>
        <translation>模型读取的单位行须经人工核对后才发出</translation>
    </message>
</context>
<context>
    <name>DigestStudio::CommentsPanel</name>
    <message>
        <source>The paper</source>
        <translation>整篇论文</translation>
    </message>
    <message>
        <source>(outdated: the text is gone)</source>
        <translation>（已过时：所引文字已不在）</translation>
    </message>
    <message>
        <source>(resolved by %1)</source>
        <translation>（已由 %1 解决）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>A comment on the text selected in the Chinese or English field</source>
        <translation>对中文或英文字段中所选文字的评论</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>评论(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>回复(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>解决(&amp;S)</translation>
    </message>
    <message>
        <source>No comments on this paper.</source>
        <translation>这篇论文没有评论。</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) not resolved.</source>
        <translation>
            <numerusform>%n 个讨论未解决。</numerusform>
        </translation>
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
    <message>
        <source>&lt;b&gt;The result to save&lt;/b&gt;</source>
        <translation>&lt;b&gt;要保存的结果&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Merge &amp;Sentences</source>
        <translation>按句合并(&amp;S)</translation>
    </message>
    <message>
        <source>Keep your changes and theirs where they touch different sentences</source>
        <translation>两人改动的是不同句子时，两边的改动都保留</translation>
    </message>
    <message>
        <source>Where only one of you changed a field, its result starts as that change.</source>
        <translation>只有一方改过的字段，结果先取那一方的改动。</translation>
    </message>
    <message>
        <source>You both changed the same sentences: choose a side, or edit the result.</source>
        <translation>你们改动了同样的句子：请选一方，或直接编辑结果。</translation>
    </message>
    <message>
        <source>Your changes and theirs touch different sentences: Merge Sentences keeps both.</source>
        <translation>你和对方改动的是不同句子：“按句合并”会保留两边的改动。</translation>
    </message>
    <message>
        <source>In the %1, your changes and theirs touch different sentences: Merge Sentences keeps both there. Choose for the rest.</source>
        <translation>在%1中，你和对方改动的是不同句子：“按句合并”会在这些字段保留两边的改动。其余字段请自行选择。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences of the merge note</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>DigestStudio::ConnectionTest</name>
    <message>
        <source>Connected: %1 drafted a sample title (%2).</source>
        <translation>已连接：%1 起草了示例标题（%2）。</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>服务商</translation>
    </message>
</context>
<context>
    <name>DigestStudio::DeepLProvider</name>
    <message>
        <source>DeepL&apos;s answer is not JSON.</source>
        <translation>DeepL 的回答不是 JSON。</translation>
    </message>
    <message>
        <source>DeepL&apos;s answer does not hold the two translations asked for.</source>
        <translation>DeepL 的回答没有包含所请求的两段译文。</translation>
    </message>
    <message>
        <source>DeepL&apos;s answer has an empty translation.</source>
        <translation>DeepL 的回答中有一段译文为空。</translation>
    </message>
    <message>
        <source>No DeepL API URL is set (https://api-free.deepl.com or https://api.deepl.com).</source>
        <translation>未设置 DeepL API 地址（https://api-free.deepl.com 或 https://api.deepl.com）。</translation>
    </message>
    <message>
        <source>No DeepL key is set ($DIGEST_LLM_API_KEY or the keychain).</source>
        <translation>未设置 DeepL 密钥（$DIGEST_LLM_API_KEY 或系统钥匙串）。</translation>
    </message>
    <message>
        <source>The drafting URL %1 would send the key in clear text: use https:// (http:// only to this machine: localhost, 127.0.0.1, ::1).</source>
        <translation>起草地址 %1 会以明文发送密钥：请使用 https://（http:// 仅限本机：localhost、127.0.0.1、::1）。</translation>
    </message>
</context>
<context>
    <name>DigestStudio::DesktopNotifier</name>
    <message>
        <source>there is no session bus</source>
        <translation>没有会话总线</translation>
    </message>
    <message>
        <source>Open the digest</source>
        <translation>打开摘要</translation>
    </message>
    <message>
        <source>the desktop notification was not shown: %1</source>
        <translation>桌面通知未能显示：%1</translation>
    </message>
</context>
<context>
    <name>DigestStudio::DockManager</name>
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
        <source>arXiv Lookup</source>
        <translation>arXiv 查询</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>Paper Figures</source>
        <translation>论文配图</translation>
    </message>
</context>
<context>
    <name>DigestStudio::DocumentFulltextTarget</name>
    <message>
        <source>the paper is no longer in the digest</source>
        <translation>该论文已不在本期摘要中</translation>
    </message>
    <message>
        <source>figures need the digest stored in a library</source>
        <translation>添加配图需要本期摘要已存入资料库</translation>
    </message>
    <message>
        <source>the figure could not be stored</source>
        <translation>配图未能保存</translation>
    </message>
</context>
<context>
    <name>DigestStudio::DraftJob</name>
    <message>
        <source>Unknown drafting provider &quot;%1&quot;.</source>
        <translation>未知的初稿服务“%1”。</translation>
    </message>
    <message>
        <source>The entry has no English title or abstract to draft from.</source>
        <translation>该条目没有可供起草的英文标题或摘要。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>%1 秒内没有回答。</translation>
    </message>
    <message>
        <source>The drafting answer</source>
        <translation>初稿回答</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>The server refused the key (HTTP %1): check the API key.</source>
        <translation>服务器拒绝了密钥（HTTP %1）：请检查 API 密钥。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1%2</source>
        <translation>服务器返回 HTTP %1%2</translation>
    </message>
    <message>
        <source>The server asks to wait %1 s before the next request (HTTP %2).</source>
        <translation>服务器要求在下一次请求前等待 %1 秒（HTTP %2）。</translation>
    </message>
    <message>
        <source>Drafting failed.</source>
        <translation>起草失败。</translation>
    </message>
    <message>
        <source>No complete answer within %1 s, the longest a drafting request may take (--llm-timeout, $DIGEST_LLM_TIMEOUT_S or the settings): cut off.</source>
        <translation>%1 秒内没有收到完整的回答（这是一次起草请求最长可用的时间，见 --llm-timeout、$DIGEST_LLM_TIMEOUT_S 或设置）：已中断。</translation>
    </message>
</context>
<context>
    <name>DigestStudio::DraftJsonParser</name>
    <message>
        <source>The answer is empty.</source>
        <translation>回答为空。</translation>
    </message>
    <message>
        <source>The answer has a code fence that is not one JSON object.</source>
        <translation>回答中的代码块不是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The answer is not a JSON object: &quot;%1&quot;</source>
        <translation>回答不是 JSON 对象：“%1”</translation>
    </message>
    <message>
        <source>The answer has an unexpected key &quot;%1&quot; (expected exactly zh_title, zh_short_title, zh_summary).</source>
        <translation>回答含有意外的键“%1”（应恰好为 zh_title、zh_short_title、zh_summary）。</translation>
    </message>
    <message>
        <source>The answer lacks &quot;%1&quot;.</source>
        <translation>回答缺少“%1”。</translation>
    </message>
    <message>
        <source>The answer&apos;s &quot;%1&quot; is not a string.</source>
        <translation>回答中的“%1”不是字符串。</translation>
    </message>
    <message>
        <source>The answer&apos;s zh_title or zh_summary is empty.</source>
        <translation>回答中的 zh_title 或 zh_summary 为空。</translation>
    </message>
</context>
<context>
    <name>DigestStudio::DraftSuggestionPanel</name>
    <message>
        <source>Title: %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <source>Short title: %1</source>
        <translation>短标题：%1</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>摘要：%1</translation>
    </message>
    <message>
        <source>Machine draft by %1, not yet looked at: edit it or mark the paper reviewed.</source>
        <translation>由 %1 生成的机器草稿，尚未经人查看：请修改，或将论文标记为已审阅。</translation>
    </message>
    <message>
        <source>Drafting with %1…</source>
        <translation>正在用 %1 起草…</translation>
    </message>
    <message>
        <source>Draft by %1 beside your text: Accept replaces it (Ctrl+Shift+Return), Dismiss keeps yours (Esc).</source>
        <translation>%1 的草稿放在您的文字旁：采用则替换（Ctrl+Shift+Return），忽略则保留您的文字（Esc）。</translation>
    </message>
    <message>
        <source>The draft failed</source>
        <translation>起草失败</translation>
    </message>
    <message>
        <source>&amp;Accept Draft</source>
        <translation>采用草稿(&amp;A)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>(Longer than %L1 characters: the rest is shown when the draft is complete.)</source>
        <translation>（超过 %L1 个字符：其余部分在草稿完成后显示。）</translation>
    </message>
</context>
<context>
    <name>DigestStudio::DraftingController</name>
    <message>
        <source>No unfinished paper lacks a Chinese title or summary.</source>
        <translation>没有缺少中文标题或摘要的未完成论文。</translation>
    </message>
    <message>
        <source>Paper %1 (%2): %3</source>
        <translation>论文 %1（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) could not be drafted; each says why in the editor.</source>
        <translation>
            <numerusform>%n 篇论文未能起草；原因见编辑器中各篇。</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafting cancelled; finished drafts stay.</source>
        <translation>已取消起草；已完成的草稿保留。</translation>
    </message>
    <message>
        <source>the server limits the rate (HTTP 429)</source>
        <translation>服务器限制了请求频率（HTTP 429）</translation>
    </message>
    <message>
        <source>the server had a problem (HTTP %1)</source>
        <translation>服务器出了问题（HTTP %1）</translation>
    </message>
    <message>
        <source>Paper %1 (%2): %3; trying again in %4 s.</source>
        <translation>论文 %1（%2）：%3；%4 秒后重试。</translation>
    </message>
    <message>
        <source>It is kept in the system keychain.</source>
        <translation>它将保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>No system keychain is running: it is kept for this session only.</source>
        <translation>没有运行中的系统钥匙串：它只保留到本次会话结束。</translation>
    </message>
    <message>
        <source>Drafting Key</source>
        <translation>起草密钥</translation>
    </message>
    <message>
        <source>The API key for %1.
%2</source>
        <translation>%1 的 API 密钥。
%2</translation>
    </message>
    <message>
        <source>Paper %1: the machine draft was withdrawn, you changed the text it was offered beside. Draft the paper again to get a new one.</source>
        <translation>第 %1 篇：机器草稿已撤回，因为您修改了它所对照的文字。如需新的草稿，请重新起草这篇论文。</translation>
    </message>
</context>
<context>
    <name>DigestStudio::DraftingSettingsDialog</name>
    <message>
        <source>OpenAI-compatible chat completions</source>
        <translation>OpenAI 兼容的对话补全</translation>
    </message>
    <message>
        <source>DeepL</source>
        <translation>DeepL</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>stored; type a new one to replace it</source>
        <translation>已保存；输入新密钥即可替换</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain. $DIGEST_LLM_API_KEY, when set, comes first.</source>
        <translation>密钥保存在系统钥匙串中。若设置了 $DIGEST_LLM_API_KEY，则优先使用它。</translation>
    </message>
    <message>
        <source>No system keychain is running: a key typed here is kept for this session only and asked for again next time.</source>
        <translation>没有运行中的系统钥匙串：在此输入的密钥只保留到本次会话结束，下次会再次询问。</translation>
    </message>
    <message>
        <source>The base URL is not a URL: %1</source>
        <translation>基础 URL 不是有效的 URL：%1</translation>
    </message>
    <message>
        <source>The extra JSON is not valid JSON (at character %1: %2).</source>
        <translation>附加 JSON 不是有效的 JSON（第 %1 个字符：%2）。</translation>
    </message>
    <message>
        <source>The extra JSON must be one object, like {&quot;thinking&quot;: {&quot;type&quot;: &quot;disabled&quot;}}.</source>
        <translation>附加 JSON 必须是一个对象,例如 {&quot;thinking&quot;: {&quot;type&quot;: &quot;disabled&quot;}}。</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>正在询问 %1…</translation>
    </message>
    <message>
        <source>The stored DeepL key was removed from the keychain.</source>
        <translation>已从系统钥匙串中删除保存的 DeepL 密钥。</translation>
    </message>
    <message>
        <source>The stored model key was removed from the keychain.</source>
        <translation>已从系统钥匙串中删除保存的模型密钥。</translation>
    </message>
    <message>
        <source>The key could not be removed: %1</source>
        <translation>无法删除密钥：%1</translation>
    </message>
    <message>
        <source>The base URL %1 would send the key in clear text: use https:// (http:// only to this machine: localhost, 127.0.0.1, ::1).</source>
        <translation>基础 URL %1 会以明文发送密钥：请使用 https://（http:// 仅限本机：localhost、127.0.0.1、::1）。</translation>
    </message>
    <message>
        <source>The base URL holds what looks like a key. Type the key in the API key field: it is kept in the system keychain, never in the settings file.</source>
        <translation>基础 URL 中含有疑似密钥的内容。请在“API 密钥”栏中输入密钥：密钥保存在系统钥匙串中，绝不写入设置文件。</translation>
    </message>
    <message>
        <source>The extra JSON holds what looks like a key (the member %1). Type the key in the API key field: it is kept in the system keychain, never in the settings file.</source>
        <translation>附加 JSON 中含有疑似密钥的内容（成员 %1）。请在“API 密钥”栏中输入密钥：密钥保存在系统钥匙串中，绝不写入设置文件。</translation>
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
    <message>
        <source>Read by %1 from the paper&apos;s author block: check it. Editing the line makes it yours.</source>
        <translation>由 %1 从论文的作者信息块读取：请核对。编辑此行后即归你所有。</translation>
    </message>
</context>
<context>
    <name>DigestStudio::ExportController</name>
    <message>
        <source>Copied %1</source>
        <translation>已复制%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>%1. Warning: %2</source>
        <translation>%1。警告：%2</translation>
    </message>
    <message>
        <source>Publish to WeChat</source>
        <translation>发布到微信</translation>
    </message>
    <message>
        <source>Open a digest of the library first.</source>
        <translation>请先打开文库中的一期速递。</translation>
    </message>
    <message>
        <source>Entry %1, figure %2</source>
        <translation>第 %1 篇，图 %2</translation>
    </message>
    <message>
        <source>Another change to the same entry waits to be resolved.</source>
        <translation>同一条目的另一处修改尚待解决。</translation>
    </message>
    <message>
        <source>The last changes could not be saved, so nothing was published:
%1</source>
        <translation>最近的修改未能保存，因此没有发布任何内容：
%1</translation>
    </message>
    <message>
        <source>Save Post</source>
        <translation>保存推文</translation>
    </message>
    <message>
        <source>%1

Export anyway?</source>
        <translation>%1

仍要导出吗？</translation>
    </message>
</context>
<context>
    <name>DigestStudio::ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>A folder gets post-01.png, post-02.png …; a name such as day.png gets day-01.png, day-02.png …</source>
        <translation>选择文件夹时写入 post-01.png、post-02.png …；写成 day.png 这样的名字时写入 day-01.png、day-02.png …</translation>
    </message>
    <message>
        <source>The images are saved beside the thread: thread.txt gets thread-01.png …</source>
        <translation>图片保存在微博串旁边：thread.txt 旁为 thread-01.png …</translation>
    </message>
    <message>
        <source>The entries&apos; figures are not part of this file.</source>
        <translation>条目的配图不包含在此文件中。</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Export Post</source>
        <translation>导出推文</translation>
    </message>
</context>
<context>
    <name>DigestStudio::ExportService</name>
    <message>
        <source>there is no format &apos;%1&apos; (known: %2)</source>
        <translation>没有格式“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the format %1 writes images: it needs a folder or a FILE.png</source>
        <translation>格式 %1 输出图片：需要一个文件夹或 FILE.png</translation>
    </message>
    <message>
        <source>the post could not be written to the output</source>
        <translation>推文无法写入输出</translation>
    </message>
    <message numerus="yes">
        <source>%n comment thread(s) of the team are not resolved: resolve them, or force the export</source>
        <translation>
            <numerusform>团队有 %n 个评论讨论尚未解决：请先解决，或强制导出</numerusform>
        </translation>
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
    <name>DigestStudio::FigureCandidatesController</name>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>图</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>The paper (%1) has no figure with an image.</source>
        <translation>论文（%1）中没有带图像的图。</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) from the paper&apos;s %1.</source>
        <translation>
            <numerusform>来自论文 %1 的 %n 个候选图。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not attached: %2</source>
        <translation>%1 未能附加：%2</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>正在获取 %1…</translation>
    </message>
    <message>
        <source>%1 was not attached: the paper is no longer shown.</source>
        <translation>%1 未能附加：该论文已不在显示中。</translation>
    </message>
    <message>
        <source>%1 attached to paper %2.</source>
        <translation>%1 已附加到第 %2 篇论文。</translation>
    </message>
</context>
<context>
    <name>DigestStudio::FigureCandidatesPanel</name>
    <message>
        <source>&amp;Read the Paper</source>
        <translation>读取论文(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;ttach</source>
        <translation>附加(&amp;T)</translation>
    </message>
    <message>
        <source>Read the paper&apos;s figures from arXiv (its HTML page, else its PDF&apos;s first page)</source>
        <translation>从 arXiv 读取论文的配图（HTML 页面；没有时取 PDF 首页）</translation>
    </message>
    <message>
        <source>Put the chosen figure on the entry, after its others (undoable)</source>
        <translation>把选中的图附加到条目末尾（可撤销）</translation>
    </message>
    <message>
        <source>This entry has no arXiv id: there is no paper to read.</source>
        <translation>此条目没有 arXiv 编号：没有可读取的论文。</translation>
    </message>
    <message>
        <source>Read the paper to see its figures here.</source>
        <translation>读取论文后，它的配图会显示在这里。</translation>
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
    <message>
        <source>Long images (PNG)</source>
        <translation>长图（PNG）</translation>
    </message>
</context>
<context>
    <name>DigestStudio::FulltextController</name>
    <message>
        <source>F&amp;ill From Papers</source>
        <translation>从论文填充(&amp;I)</translation>
    </message>
    <message>
        <source>Re&amp;fill From Paper</source>
        <translation>从论文重新填充(&amp;F)</translation>
    </message>
    <message>
        <source>Fill every empty affiliation line, and a figure for each paper without one, from the papers themselves</source>
        <translation>根据论文本身填写每个空的单位行，并为没有配图的论文添加一张配图</translation>
    </message>
    <message>
        <source>Replace this paper&apos;s affiliation line with what the paper says</source>
        <translation>用论文本身写明的单位替换这篇论文的单位行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop reading papers; what is filled stays filled</source>
        <translation>停止读取论文；已填充的内容保留</translation>
    </message>
    <message>
        <source>Refill From Paper: no paper is shown</source>
        <translation>从论文重新填充：当前未显示论文</translation>
    </message>
    <message>
        <source>Fill From Papers: the digest has no papers</source>
        <translation>从论文填充：本期摘要没有论文</translation>
    </message>
    <message>
        <source>Reading the papers…</source>
        <translation>正在读取论文…</translation>
    </message>
    <message>
        <source>Reading the papers: %1 of %2 done</source>
        <translation>正在读取论文：已完成 %1/%2</translation>
    </message>
    <message>
        <source>Fill From Papers: %1</source>
        <translation>从论文填充：%1</translation>
    </message>
    <message>
        <source>Fill From Papers: %1 filled, %2 kept, %3 stating no affiliation, %4 failed</source>
        <translation>从论文填充：已填充 %1 篇，保留 %2 篇，%3 篇未写明单位，%4 篇失败</translation>
    </message>
    <message>
        <source>Refill From Paper failed: %1</source>
        <translation>从论文重新填充失败：%1</translation>
    </message>
    <message>
        <source>Refill From Paper: %1</source>
        <translation>从论文重新填充：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>DigestStudio::GlossaryCommand</name>
    <message>
        <source>Add glossary term</source>
        <translation>添加术语</translation>
    </message>
    <message>
        <source>Remove glossary terms</source>
        <translation>删除术语</translation>
    </message>
    <message>
        <source>Edit glossary term</source>
        <translation>编辑术语</translation>
    </message>
    <message>
        <source>Import glossary</source>
        <translation>导入术语表</translation>
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
    <name>DigestStudio::HistoryPanel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审校人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>Restore the Text Before This Change</source>
        <translation>恢复此改动之前的文本</translation>
    </message>
    <message>
        <source>No changes since the paper was added.</source>
        <translation>论文添加以来没有改动。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n 处改动，最新的在前。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestStudio::ImageExporter</name>
    <message>
        <source>There are no images to write.</source>
        <translation>没有可写入的图片。</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
    <name>DigestStudio::ImportPostsDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>撤销导入(&amp;U)</translation>
    </message>
    <message>
        <source>Remove the digests this import made from the library</source>
        <translation>从文库中移除本次导入生成的速递</translation>
    </message>
    <message>
        <source>Not imported yet</source>
        <translation>尚未导入</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1（选定）</translation>
    </message>
    <message>
        <source>%1 (from the name)</source>
        <translation>%1（取自文件名）</translation>
    </message>
    <message>
        <source>%1 (today: no date in the name)</source>
        <translation>%1（今天：文件名中没有日期）</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import.</source>
        <translation>
            <numerusform>待导入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Published Posts</source>
        <translation>导入已发布的推文</translation>
    </message>
    <message>
        <source>Published posts (*.txt *.md);;All files (*)</source>
        <translation>已发布的推文 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported as digest %1 (%n entries)</source>
        <translation>
            <numerusform>已导入为速递 %1（%n 个条目）</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n file(s).</source>
        <translation>
            <numerusform>已导入 %1 个文件，共 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The refused files changed nothing.</source>
        <translation>被拒绝的文件没有改动任何内容。</translation>
    </message>
    <message>
        <source>Imported, then undone</source>
        <translation>已导入，随后已撤销</translation>
    </message>
    <message>
        <source>The import was undone: its digests are gone from the library.</source>
        <translation>导入已撤销：其速递已从文库中移除。</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>无法撤销导入：%1</translation>
    </message>
</context>
<context>
    <name>DigestStudio::IntakeController</name>
    <message numerus="yes">
        <source>Looking up %n paper(s) on arXiv…</source>
        <translation>
            <numerusform>正在 arXiv 上查询 %n 篇论文…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in papers from arXiv</source>
        <translation>从 arXiv 填写论文信息</translation>
    </message>
    <message>
        <source>Import Published Posts</source>
        <translation>导入已发布的推文</translation>
    </message>
    <message>
        <source>Published posts (*.txt *.md);;All files (*)</source>
        <translation>已发布的推文 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No library is open: nothing was imported.</source>
        <translation>未打开文库：没有导入任何内容。</translation>
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
    <message>
        <source>Hide below </source>
        <translation>隐藏低于 </translation>
    </message>
    <message>
        <source>Show every score</source>
        <translation>显示全部分数</translation>
    </message>
    <message>
        <source>Hide the papers whose score bar is shorter than this: a share of the way from today&apos;s lowest score to its highest</source>
        <translation>隐藏分数条短于此值的论文：按今天最低分到最高分之间的比例计算</translation>
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
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>The digest to edit, by date</source>
        <translation>要编辑的速递（按日期）</translation>
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
    <message>
        <source>Library Not Opened</source>
        <translation>文库未打开</translation>
    </message>
    <message>
        <source>The library could not be opened, so nothing can be edited or saved until it is.</source>
        <translation>无法打开文库，在打开之前无法编辑或保存任何内容。</translation>
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
    <message>
        <source>&amp;Draft This Paper</source>
        <translation>起草本篇(&amp;D)</translation>
    </message>
    <message>
        <source>Have the drafting model write this paper&apos;s Chinese title, short title and summary; your text is never overwritten</source>
        <translation>让起草模型撰写本篇论文的中文标题、短标题和摘要；绝不覆盖您写的文字</translation>
    </message>
    <message>
        <source>Draft &amp;All Unfinished</source>
        <translation>起草全部未完成(&amp;A)</translation>
    </message>
    <message>
        <source>Draft every paper not yet reviewed whose Chinese title or summary is empty</source>
        <translation>起草所有尚未审阅且中文标题或摘要为空的论文</translation>
    </message>
    <message>
        <source>A&amp;ccept Draft</source>
        <translation>采用草稿(&amp;C)</translation>
    </message>
    <message>
        <source>Dis&amp;miss Draft</source>
        <translation>忽略草稿(&amp;M)</translation>
    </message>
    <message>
        <source>Drafting &amp;Settings…</source>
        <translation>起草设置(&amp;S)…</translation>
    </message>
    <message>
        <source>To &amp;WeChat Draft Box…</source>
        <translation>到微信草稿箱(&amp;W)…</translation>
    </message>
    <message>
        <source>Send the digest, its figures and a cover to the Official Account&apos;s draft box</source>
        <translation>把本期速递、配图和封面发送到公众号的草稿箱</translation>
    </message>
    <message>
        <source>Import &amp;Published Posts…</source>
        <translation>导入已发布的推文(&amp;P)…</translation>
    </message>
    <message>
        <source>Import published posts as new digests, many files at once</source>
        <translation>把已发布的推文导入为新的速递，可一次导入多个文件</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the digest in any format, long images included</source>
        <translation>以任意格式导出速递，包括长图</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Morning Run…</source>
        <translation>晨间运行(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>DigestStudio::MathMasker</name>
    <message>
        <source>The draft changed a math placeholder: &quot;%1&quot;.</source>
        <translation>初稿改动了公式占位符：“%1”。</translation>
    </message>
    <message>
        <source>The draft lost the math &quot;%1&quot;.</source>
        <translation>初稿丢失了公式“%1”。</translation>
    </message>
</context>
<context>
    <name>DigestStudio::MorningRunBar</name>
    <message>
        <source>Go to First Proposal</source>
        <translation>转到第一条提议</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DigestStudio::MorningRunDialog</name>
    <message>
        <source>The morning run does not run by itself; digestctl prepare runs it by hand.</source>
        <translation>晨间运行不会自动运行；可用 digestctl prepare 手动运行。</translation>
    </message>
    <message>
        <source>Next run: %1 (your time)</source>
        <translation>下次运行：%1（您的时间）</translation>
    </message>
</context>
<context>
    <name>DigestStudio::OpenAiProvider</name>
    <message>
        <source>The answer stream ended without [DONE]: it was cut off.</source>
        <translation>回答流在 [DONE] 之前结束：回答被截断了。</translation>
    </message>
    <message>
        <source>The answer was cut off at the max-tokens limit.</source>
        <translation>回答在最大 token 数处被截断。</translation>
    </message>
    <message>
        <source>The answer is not a chat-completions stream (a line is not JSON).</source>
        <translation>回答不是 chat-completions 流（有一行不是 JSON）。</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>服务器报告错误：%1</translation>
    </message>
    <message>
        <source>No base URL is set for the drafting model (--llm-url, $DIGEST_LLM_URL or the settings).</source>
        <translation>未设置起草模型的基础地址（--llm-url、$DIGEST_LLM_URL 或设置）。</translation>
    </message>
    <message>
        <source>No drafting model is set (--llm-model, $DIGEST_LLM_MODEL or the settings).</source>
        <translation>未设置起草模型（--llm-model、$DIGEST_LLM_MODEL 或设置）。</translation>
    </message>
    <message>
        <source>The drafting URL %1 would send the key in clear text: use https:// (http:// only to this machine: localhost, 127.0.0.1, ::1).</source>
        <translation>起草地址 %1 会以明文发送密钥：请使用 https://（http:// 仅限本机：localhost、127.0.0.1、::1）。</translation>
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
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Assigned to %1, reviewed by %2</source>
        <translation>负责人：%1，审校人：%2</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Assigned to → reviewed by</source>
        <translation>负责人 → 审校人</translation>
    </message>
    <message>
        <source>proposed %1%</source>
        <translation>提议 %1%</translation>
    </message>
    <message>
        <source>Proposed by the morning run, score %1 of 100: Enter keeps it, Delete drops it</source>
        <translation>由晨间运行提议，得分 %1（满分 100）：回车保留，Delete 放弃</translation>
    </message>
    <message>
        <source>because of %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>在场</translation>
    </message>
    <message>
        <source>Who else has the paper open now; ✎ typing</source>
        <translation>现在还有谁打开了这篇论文；✎ 表示正在输入</translation>
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
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Show only the papers assigned to %1 or for %1 to review</source>
        <translation>只显示分配给 %1 或由 %1 审校的论文</translation>
    </message>
    <message>
        <source>&amp;Assign to</source>
        <translation>分配给(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;viewer</source>
        <translation>审校人(&amp;V)</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
</context>
<context>
    <name>DigestStudio::PostExport</name>
    <message>
        <source>Nothing was rendered.</source>
        <translation>没有生成任何内容。</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>DigestStudio::PostImport</name>
    <message>
        <source>line %1: expected %2</source>
        <translation>第 %1 行：应为 %2</translation>
    </message>
    <message>
        <source>, found &quot;%1&quot;</source>
        <translation>，实际为“%1”</translation>
    </message>
    <message>
        <source>no importer can read %1</source>
        <translation>没有导入器能读取 %1</translation>
    </message>
</context>
<context>
    <name>DigestStudio::PrepareReport</name>
    <message>
        <source>No digest was prepared at %1: arXiv announced nothing for %2.</source>
        <translation>%1 未准备摘要：arXiv 在 %2 没有发布任何论文。</translation>
    </message>
    <message>
        <source>The morning run stopped at %1: %2</source>
        <translation>晨间运行于 %1 停止：%2</translation>
    </message>
    <message>
        <source>Today&apos;s digest was prepared at %1: %2 proposed, %3 drafted, %4 failed</source>
        <translation>今日摘要已于 %1 准备好：提议 %2 篇，起草 %3 篇，失败 %4 篇</translation>
    </message>
    <message>
        <source>Digest %1 of %2%3.</source>
        <translation>摘要 %1（%2）%3。</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation>（新建）</translation>
    </message>
    <message>
        <source>proposed %1 at %2, score %3: %4</source>
        <translation>提议 %1，位置 %2，得分 %3：%4</translation>
    </message>
    <message>
        <source>filled %1</source>
        <translation>已填充 %1</translation>
    </message>
    <message>
        <source>drafted %1</source>
        <translation>已起草 %1</translation>
    </message>
    <message>
        <source>failed %1 (%2): %3</source>
        <translation>失败 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Took %1 s.</source>
        <translation>用时 %1 秒。</translation>
    </message>
</context>
<context>
    <name>DigestStudio::PrepareService</name>
    <message>
        <source>another morning run is under way on this library (%1, since %2); this one changed nothing</source>
        <translation>此文库上已有另一次晨间运行正在进行（%1，始于 %2）；本次未做任何更改</translation>
    </message>
    <message>
        <source>a process elsewhere</source>
        <translation>别处的某个进程</translation>
    </message>
    <message>
        <source>no listing categories are saved in the settings; give --categories</source>
        <translation>设置中未保存列表分类；请使用 --categories</translation>
    </message>
    <message>
        <source>Fetching the listing of %1</source>
        <translation>正在获取 %1 的列表</translation>
    </message>
    <message>
        <source>the daily listing could not be fetched: %1</source>
        <translation>无法获取每日列表：%1</translation>
    </message>
    <message>
        <source>arXiv announces %1 now, and the library keeps no listing of %2</source>
        <translation>arXiv 当前发布的是 %1，而文库中没有 %2 的列表</translation>
    </message>
    <message>
        <source>arXiv announced no new papers</source>
        <translation>arXiv 没有发布新论文</translation>
    </message>
    <message numerus="yes">
        <source>Ranking %n papers</source>
        <translation>
            <numerusform>正在为 %n 篇论文排序</numerusform>
        </translation>
    </message>
    <message>
        <source>the entry was changed meanwhile; left as it is</source>
        <translation>条目在此期间已被修改；保持原样</translation>
    </message>
    <message numerus="yes">
        <source>Drafting %n papers</source>
        <translation>
            <numerusform>正在起草 %n 篇论文</numerusform>
        </translation>
    </message>
    <message>
        <source>Affiliations and figures were not filled: the run has no full-text reader</source>
        <translation>未填写单位和配图：本次运行没有全文读取器</translation>
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
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Save Post</source>
        <translation>保存推文</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>图片(&amp;I)</translation>
    </message>
    <message>
        <source>Attach the long images to the thread: each goes with the post where its first entry begins</source>
        <translation>为微博串附上长图：每张图随其第一个条目开始的那条微博发出</translation>
    </message>
    <message>
        <source>header</source>
        <translation>页眉</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>第 %1 条</translation>
    </message>
    <message>
        <source>entries %1–%2</source>
        <translation>第 %1–%2 条</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 × %4 px</source>
        <translation>%1 · %2 · %3 × %4 像素</translation>
    </message>
    <message>
        <source>With part %1: %2</source>
        <translation>随第 %1 条：%2</translation>
    </message>
    <message>
        <source>No image goes with this part</source>
        <translation>这条微博没有配图</translation>
    </message>
    <message>
        <source>Images with this part: %1</source>
        <translation>随这条微博的图片：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), %1 px wide</source>
        <translation>
            <numerusform>%n 张图片，宽 %1 像素</numerusform>
        </translation>
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
    <name>DigestStudio::ProposalsController</name>
    <message>
        <source>&amp;Keep Proposal</source>
        <translation>保留提议(&amp;K)</translation>
    </message>
    <message>
        <source>The selected proposals of the morning run become ordinary entries</source>
        <translation>所选的晨间运行提议成为普通条目</translation>
    </message>
    <message numerus="yes">
        <source>Drop %n proposal(s)</source>
        <translation>
            <numerusform>放弃 %n 条提议</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestStudio::ProposedEntries</name>
    <message>
        <source>entry %1 (%2)</source>
        <translation>条目 %1（%2）</translation>
    </message>
    <message>
        <source>The morning run&apos;s proposals are not decided yet: %1. Keep or drop each of them first.</source>
        <translation>晨间运行的提议尚未决定：%1。请先逐一保留或放弃。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>DigestStudio::PublishWeChatDialog</name>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>Title card</source>
        <translation>标题卡片</translation>
    </message>
    <message>
        <source>A figure</source>
        <translation>一张配图</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>一个文件</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Saved; type to replace it</source>
        <translation>已保存；输入新值可替换</translation>
    </message>
    <message>
        <source>From $DIGEST_WECHAT_APPID and $DIGEST_WECHAT_SECRET.</source>
        <translation>来自 $DIGEST_WECHAT_APPID 和 $DIGEST_WECHAT_SECRET。</translation>
    </message>
    <message>
        <source>Both are shown in the Official Account platform under 设置与开发 → 基本配置; this computer&apos;s IP address must be on the IP whitelist there.</source>
        <translation>两者都可在公众平台的“设置与开发 → 基本配置”中查看；本机的 IP 地址须在那里的 IP 白名单上。</translation>
    </message>
    <message>
        <source>Cover Image</source>
        <translation>封面图片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Publish Again?</source>
        <translation>再次发布？</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>无预览</translation>
    </message>
    <message>
        <source>This digest is already in the WeChat draft box (media_id %1, %2). Publish it again as a second draft?</source>
        <translation>本期速递已在微信草稿箱中（media_id %1，%2）。要再发布一次，生成第二份草稿吗？</translation>
    </message>
    <message>
        <source>A draft of this digest was sent on %1 but WeChat&apos;s answer never arrived; it may be in the draft box (草稿箱). Publish again anyway?</source>
        <translation>本期速递的草稿已于 %1 发出，但没有收到微信的答复；它可能已在草稿箱中。仍要再次发布吗？</translation>
    </message>
    <message>
        <source>The keychain did not keep the AppID and AppSecret: %1</source>
        <translation>钥匙串未能保存 AppID 和 AppSecret：%1</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>The draft is in the draft box (草稿箱).</source>
        <translation>草稿已在草稿箱中。</translation>
    </message>
    <message>
        <source>Nothing was sent: fix what is listed below.</source>
        <translation>什么也没有发送：请先修正下面列出的问题。</translation>
    </message>
    <message>
        <source>The draft was not created.</source>
        <translation>草稿没有创建。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>DigestStudio::PublishingService</name>
    <message>
        <source>Running the pre-flight checks</source>
        <translation>正在运行发布前检查</translation>
    </message>
    <message>
        <source>Signing in to WeChat</source>
        <translation>正在登录微信</translation>
    </message>
    <message>
        <source>Uploading the figures</source>
        <translation>正在上传配图</translation>
    </message>
    <message>
        <source>Uploading the cover</source>
        <translation>正在上传封面</translation>
    </message>
    <message>
        <source>Creating the draft</source>
        <translation>正在创建草稿</translation>
    </message>
    <message>
        <source>This digest is already in the WeChat draft box (media_id %1, %2). Publish again only if you mean to make a second draft.</source>
        <translation>本期速递已在微信草稿箱中（media_id %1，%2）。只有确实要生成第二份草稿时才再次发布。</translation>
    </message>
    <message>
        <source>A draft of this digest was sent to WeChat on %1 but its answer never arrived: look in the draft box (草稿箱) before publishing again.</source>
        <translation>本期速递的草稿已于 %1 发给微信，但没有收到答复：再次发布前请先查看草稿箱。</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>什么也没有发送：%1</translation>
    </message>
    <message>
        <source>WeChat&apos;s answer holds no access token.</source>
        <translation>微信的答复中没有 access token。</translation>
    </message>
    <message>
        <source>Uploading figure %1 of %2</source>
        <translation>正在上传第 %1 张配图（共 %2 张）</translation>
    </message>
    <message>
        <source>WeChat&apos;s answer holds no URL for the figure.</source>
        <translation>微信的答复中没有配图的 URL。</translation>
    </message>
    <message>
        <source>WeChat&apos;s answer holds no media_id for the cover.</source>
        <translation>微信的答复中没有封面的 media_id。</translation>
    </message>
    <message>
        <source>WeChat&apos;s answer holds no media_id for the draft.</source>
        <translation>微信的答复中没有草稿的 media_id。</translation>
    </message>
    <message>
        <source>The draft “%1” is in the WeChat draft box (草稿箱) of the Official Account platform: 内容与互动 → 草稿箱. media_id %2</source>
        <translation>草稿“%1”已在公众平台的草稿箱中：内容与互动 → 草稿箱。media_id %2</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying again.</source>
        <translation>%1失败（%2）；正在重试。</translation>
    </message>
    <message>
        <source>The draft may have been created: look in the draft box (草稿箱) before publishing again.</source>
        <translation>草稿可能已经创建：再次发布前请先查看草稿箱。</translation>
    </message>
    <message>
        <source>Publishing was cancelled.</source>
        <translation>发布已取消。</translation>
    </message>
    <message>
        <source>The draft request had been sent: look in the draft box (草稿箱) before publishing again.</source>
        <translation>创建草稿的请求已经发出：再次发布前请先查看草稿箱。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>This digest is already in the WeChat draft box (media_id %1, %2), and a second draft was sent on %3 whose answer never arrived: look in the draft box (草稿箱) before publishing again.</source>
        <translation>此摘要已在微信草稿箱中（media_id %1，%2），另有一份第二稿于 %3 发出但一直没有收到回复：请先查看草稿箱再重新发布。</translation>
    </message>
    <message>
        <source>Another publisher (a window or digestctl) has been publishing this digest since %1; nothing was sent. Wait for it to finish.</source>
        <translation>另一个发布者（某个窗口或 digestctl）自 %1 起正在发布此摘要；本次未发送任何内容。请等待其完成。</translation>
    </message>
    <message>
        <source>The WeChat API URL %1 is not https: the AppSecret would travel in clear text (http:// only to this machine: localhost, 127.0.0.1, ::1).</source>
        <translation>微信 API 地址 %1 不是 https：AppSecret 会以明文传输（http:// 仅限本机：localhost、127.0.0.1、::1）。</translation>
    </message>
</context>
<context>
    <name>DigestStudio::RequestScheduler</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 is larger than %2: refused</source>
        <translation>%1 超过 %2：已拒绝</translation>
    </message>
</context>
<context>
    <name>DigestStudio::ReviewController</name>
    <message>
        <source>Every paper is reviewed.</source>
        <translation>所有论文均已审校。</translation>
    </message>
    <message>
        <source>Keep and mark paper %1</source>
        <translation>保留并标记论文 %1</translation>
    </message>
</context>
<context>
    <name>DigestStudio::ScheduleService</name>
    <message>
        <source>cannot make the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>systemd runs it: %1 is enabled.</source>
        <translation>由 systemd 运行：%1 已启用。</translation>
    </message>
    <message>
        <source>systemd&apos;s user manager is not running here: the units are written, but nothing runs them. Add this line to your crontab (crontab -e) instead:</source>
        <translation>此处没有运行 systemd 用户管理器：单元文件已写入，但不会被运行。请改为将下面这行加入 crontab（crontab -e）：</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>The morning run is no longer scheduled.</source>
        <translation>晨间运行已不再定时。</translation>
    </message>
    <message>
        <source>systemd&apos;s user manager is not running here: remove the digestctl prepare line from your crontab (crontab -e) if you added one.</source>
        <translation>此处没有运行 systemd 用户管理器：如果您曾在 crontab 中加入 digestctl prepare 这一行，请将其删除（crontab -e）。</translation>
    </message>
    <message>
        <source>The morning run is not scheduled (digestctl schedule enable).</source>
        <translation>晨间运行未定时（digestctl schedule enable）。</translation>
    </message>
    <message>
        <source>%1 was not written by digestctl schedule enable; it is left alone</source>
        <translation>%1 不是由 digestctl schedule enable 写入的；保持不动</translation>
    </message>
    <message>
        <source>systemd runs it.</source>
        <translation>由 systemd 运行。</translation>
    </message>
    <message>
        <source>The units are written but systemd does not run them here; the crontab line:</source>
        <translation>单元文件已写入，但此处 systemd 不会运行它们；crontab 行：</translation>
    </message>
</context>
<context>
    <name>DigestStudio::ScheduledReply</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 did not finish within the %2 s deadline</source>
        <translation>%1 未能在 %2 秒的时限内完成</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 在 %2 秒内没有回应</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s</source>
        <translation>%1 已有 %2 秒没有发送任何数据</translation>
    </message>
    <message>
        <source>the answer from %1</source>
        <translation>来自 %1 的回答</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 返回 HTTP %2</translation>
    </message>
    <message>
        <source>%1 redirected to another site: not followed</source>
        <translation>%1 重定向到另一个站点：未跟随</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times: not followed</source>
        <translation>%1 重定向超过 %2 次：未跟随</translation>
    </message>
    <message>
        <source>the connection to %1 failed: %2</source>
        <translation>连接 %1 失败：%2</translation>
    </message>
    <message>
        <source>the answer from %1 was cut short: %2</source>
        <translation>来自 %1 的回答中途中断：%2</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>Remote host closed the connection</source>
        <translation>远程主机关闭了连接</translation>
    </message>
    <message>
        <source>The connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>The secure connection could not be set up</source>
        <translation>无法建立安全连接</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>网络错误 %1</translation>
    </message>
    <message>
        <source>%1 and asks to wait %2 s: try again later</source>
        <translation>%1，且要求等待 %2 秒：请稍后再试</translation>
    </message>
    <message>
        <source>%1 (gave up after %2 attempts)</source>
        <translation>%1（尝试 %2 次后放弃）</translation>
    </message>
    <message>
        <source>%1; another try would come after the %2 s deadline</source>
        <translation>%1；再试一次将超过 %2 秒的时限</translation>
    </message>
</context>
<context>
    <name>DigestStudio::SecretStore</name>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>钥匙串在 %1 秒内没有应答。</translation>
    </message>
    <message>
        <source>The keychain refused the entry %1: %2</source>
        <translation>钥匙串拒绝了条目 %1：%2</translation>
    </message>
</context>
<context>
    <name>DigestStudio::SuggestionsController</name>
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
    <name>DigestStudio::TeamController</name>
    <message>
        <source>The history is kept in the library; none is open.</source>
        <translation>历史保存在资料库中；当前没有打开资料库。</translation>
    </message>
    <message>
        <source>Choose a paper to see who changed what.</source>
        <translation>选择一篇论文，查看谁改了什么。</translation>
    </message>
    <message>
        <source>The paper is not saved yet.</source>
        <translation>论文尚未保存。</translation>
    </message>
    <message>
        <source>%1 restored (Ctrl+Z undoes it).</source>
        <translation>已恢复%1（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>Status restored (Ctrl+Z undoes it).</source>
        <translation>已恢复状态（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>Choose a saved paper to see its comments.</source>
        <translation>选择一篇已保存的论文以查看其评论。</translation>
    </message>
    <message>
        <source>Comments are kept in the library; none is open.</source>
        <translation>评论保存在文库中；当前没有打开文库。</translation>
    </message>
    <message>
        <source>The comment was not stored: the paper could not be saved first (%1).</source>
        <translation>评论未保存：未能先保存这篇论文（%1）。</translation>
    </message>
    <message>
        <source>The thread was not changed: %1</source>
        <translation>讨论未更改：%1</translation>
    </message>
    <message>
        <source>The comment was not stored: %1</source>
        <translation>评论未保存：%1</translation>
    </message>
    <message>
        <source>Not every paper was assigned: %1</source>
        <translation>并非所有论文都已分配：%1</translation>
    </message>
    <message>
        <source>&amp;Four-Eyes Review</source>
        <translation>双人审校(&amp;F)</translation>
    </message>
    <message>
        <source>The Chinese becomes reviewed only when someone other than its last writer says so (a rule of the library, for the whole team)</source>
        <translation>中文只有在最后修改者之外的人确认后才算已审校（文库的规则，对整个团队有效）</translation>
    </message>
    <message>
        <source>The four-eyes rule was not changed: %1</source>
        <translation>双人审校规则未更改：%1</translation>
    </message>
    <message>
        <source>Four-eyes review is on for the whole team.</source>
        <translation>已为整个团队开启双人审校。</translation>
    </message>
    <message>
        <source>Four-eyes review is off for the whole team.</source>
        <translation>已为整个团队关闭双人审校。</translation>
    </message>
    <message>
        <source>The activity is kept in the library; none is open.</source>
        <translation>动态保存在文库中；当前没有打开文库。</translation>
    </message>
</context>
<context>
    <name>DigestStudio::UntouchedDrafts</name>
    <message>
        <source>entry %1 (%2, by %3)</source>
        <translation>第 %1 条（%2，%3 起草）</translation>
    </message>
    <message>
        <source>Machine drafts no one has revised go out as the model wrote them: %1. Edit them or mark them reviewed.</source>
        <translation>以下机器草稿尚无人修改，将按模型原文发出：%1。请修改，或标记为已审阅。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>DigestStudio::WeChatAnswer</name>
    <message>
        <source>This computer&apos;s IP address is not on the account&apos;s IP whitelist.</source>
        <translation>本机的 IP 地址不在该公众号的 IP 白名单上。</translation>
    </message>
    <message>
        <source>This computer&apos;s IP address (%1) is not on the account&apos;s IP whitelist.</source>
        <translation>本机的 IP 地址（%1）不在该公众号的 IP 白名单上。</translation>
    </message>
    <message>
        <source>Add it in the Official Account platform under 设置与开发 → 基本配置 → IP白名单; the change takes a few minutes to apply.</source>
        <translation>请在公众平台的“设置与开发 → 基本配置 → IP白名单”中添加它；修改要过几分钟才生效。</translation>
    </message>
    <message>
        <source>WeChat refused the AppSecret: check the AppID and AppSecret (设置与开发 → 基本配置). A reset AppSecret replaces the old one at once.</source>
        <translation>微信拒绝了 AppSecret：请核对 AppID 和 AppSecret（设置与开发 → 基本配置）。重置后的 AppSecret 会立即取代旧的。</translation>
    </message>
    <message>
        <source>WeChat does not know this AppID: check it (设置与开发 → 基本配置).</source>
        <translation>微信不认识这个 AppID：请核对（设置与开发 → 基本配置）。</translation>
    </message>
    <message>
        <source>The account has used up today&apos;s quota for this API call. Try again tomorrow (quotas reset at midnight, Beijing time).</source>
        <translation>该公众号今天的这项接口调用次数已用完。请明天再试（额度在北京时间零点重置）。</translation>
    </message>
    <message>
        <source>This Official Account may not use the draft API: the account type (for example an unverified or personal subscription account) has no permission for it.</source>
        <translation>该公众号不能使用草稿接口：这种账号类型（例如未认证或个人订阅号）没有此权限。</translation>
    </message>
    <message>
        <source>WeChat says the article is empty: the content had nothing it accepts.</source>
        <translation>微信说文章是空的：正文中没有它接受的内容。</translation>
    </message>
    <message>
        <source>WeChat says a field is too long (the content, the title or the summary).</source>
        <translation>微信说某个字段太长（正文、标题或摘要）。</translation>
    </message>
    <message>
        <source>WeChat refused an image: it takes jpg or png under 1 MB.</source>
        <translation>微信拒绝了一张图片：它只接受 1 MB 以下的 jpg 或 png。</translation>
    </message>
    <message>
        <source>WeChat does not know the cover&apos;s media_id.</source>
        <translation>微信不认识封面的 media_id。</translation>
    </message>
    <message>
        <source>WeChat is busy; try again in a moment.</source>
        <translation>微信繁忙；请稍后再试。</translation>
    </message>
    <message>
        <source>WeChat refused the request.</source>
        <translation>微信拒绝了请求。</translation>
    </message>
    <message>
        <source>(errcode %1)</source>
        <translation>（errcode %1）</translation>
    </message>
</context>
<context>
    <name>DigestStudio::WeChatArticle</name>
    <message>
        <source>The %1 has %2 characters; WeChat allows at most %3.</source>
        <translation>%1有 %2 个字符；微信最多允许 %3 个。</translation>
    </message>
    <message>
        <source>The title is empty; WeChat needs one.</source>
        <translation>标题为空；微信需要标题。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>summary (digest)</source>
        <translation>摘要（digest）</translation>
    </message>
    <message>
        <source>The content is empty.</source>
        <translation>正文为空。</translation>
    </message>
    <message>
        <source>The content has %1 characters; WeChat takes fewer than %2.</source>
        <translation>正文有 %1 个字符；微信要求少于 %2 个。</translation>
    </message>
    <message>
        <source>The content is %1 KB; WeChat takes less than 1 MB.</source>
        <translation>正文有 %1 KB；微信要求小于 1 MB。</translation>
    </message>
    <message>
        <source>The read more URL (阅读原文) “%1” is not an http or https address.</source>
        <translation>“阅读原文”链接“%1”不是 http 或 https 地址。</translation>
    </message>
</context>
<context>
    <name>DigestStudio::WeChatClient</name>
    <message>
        <source>%1 sent an answer that could not be read: %2</source>
        <translation>%1 发来的回答无法读取：%2</translation>
    </message>
    <message>
        <source>%1 is not https: the AppSecret and the token would travel in clear text (http:// only to this machine: localhost, 127.0.0.1, ::1)</source>
        <translation>%1 不是 https：AppSecret 和令牌将以明文传输（http:// 仅限本机：localhost、127.0.0.1、::1）</translation>
    </message>
</context>
<context>
    <name>DigestStudio::WeChatCredentials</name>
    <message>
        <source>The WeChat AppID and AppSecret are not set: enter them in the publish dialog (they are kept in the keychain) or give them in $DIGEST_WECHAT_APPID and $DIGEST_WECHAT_SECRET (the Official Account platform shows them under 设置与开发 → 基本配置).</source>
        <translation>尚未设置微信 AppID 和 AppSecret：请在发布对话框中填写（保存在钥匙串中），或通过 $DIGEST_WECHAT_APPID 和 $DIGEST_WECHAT_SECRET 提供（公众平台的“设置与开发 → 基本配置”中可以查看）。</translation>
    </message>
</context>
<context>
    <name>DigestStudio::WeChatDraftPlan</name>
    <message>
        <source>Pre-flight check: %1</source>
        <translation>发布前检查：%1</translation>
    </message>
    <message>
        <source>Figure %1 of entry %2</source>
        <translation>第 %2 篇的图 %1</translation>
    </message>
    <message>
        <source>The cover %1</source>
        <translation>封面 %1</translation>
    </message>
    <message>
        <source>The cover figure</source>
        <translation>封面配图</translation>
    </message>
    <message>
        <source>The chosen cover figure is not a figure of this digest.</source>
        <translation>所选的封面配图不属于本期速递。</translation>
    </message>
    <message>
        <source>The title card cannot be drawn here; give a cover file.</source>
        <translation>这里无法绘制标题卡片；请指定一个封面文件。</translation>
    </message>
    <message>
        <source>The title card</source>
        <translation>标题卡片</translation>
    </message>
    <message>
        <source>The cover: %1</source>
        <translation>封面：%1</translation>
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
    <name>DigestStudio::WeChatImage</name>
    <message>
        <source>%1 is not an image Digest Studio can read.</source>
        <translation>%1 不是 Digest Studio 能读取的图片。</translation>
    </message>
    <message>
        <source>%1 has %2×%3 pixels; images over 50 megapixels are refused.</source>
        <translation>%1 有 %2×%3 像素；超过 5000 万像素的图片不予接受。</translation>
    </message>
    <message>
        <source>%1 could not be decoded (%2).</source>
        <translation>%1 无法解码（%2）。</translation>
    </message>
    <message>
        <source>%1 could not be made smaller than 1 MB.</source>
        <translation>%1 无法压缩到 1 MB 以下。</translation>
    </message>
    <message>
        <source>%1 (%2) was converted to JPEG at %3×%4 pixels (%5): WeChat takes jpg or png under 1 MB.</source>
        <translation>%1（%2）已转换为 %3×%4 像素的 JPEG（%5）：微信只接受 1 MB 以下的 jpg 或 png。</translation>
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
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the machine drafts still running; finished ones stay</source>
        <translation>停止仍在进行的机器起草；已完成的保留</translation>
    </message>
    <message>
        <source>Tokens the drafting model reported using today</source>
        <translation>起草模型报告的今日 token 用量</translation>
    </message>
    <message>
        <source>Tokens today: %L1</source>
        <translation>今日 token：%L1</translation>
    </message>
    <message numerus="yes">
        <source>Drafting: %1 of %n paper(s) done</source>
        <translation>
            <numerusform>起草中：已完成 %1 篇，共 %n 篇</numerusform>
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
    <name>DraftingSettingsDialog</name>
    <message>
        <source>Drafting Settings</source>
        <translation>起草设置</translation>
    </message>
    <message>
        <source>Machine drafts of the Chinese title, short title and summary come from any OpenAI-compatible server (OpenAI, DeepSeek, Qwen, Moonshot, Zhipu, a local Ollama, vLLM or llama.cpp) or from DeepL. Keys go to the system keychain, never to the settings file.</source>
        <translation>中文标题、短标题和摘要的机器草稿可来自任何 OpenAI 兼容的服务器（OpenAI、DeepSeek、通义千问、Moonshot、智谱，或本地的 Ollama、vLLM、llama.cpp），也可来自 DeepL。密钥保存在系统钥匙串中，绝不写入设置文件。</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>服务商(&amp;P)：</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>基础 &amp;URL：</translation>
    </message>
    <message>
        <source>http://127.0.0.1:11434/v1</source>
        <translation>http://127.0.0.1:11434/v1</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>deepseek-chat, qwen-plus, llama3.1 …</source>
        <translation>deepseek-chat、qwen-plus、llama3.1 …</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>温度(&amp;T)：</translation>
    </message>
    <message>
        <source>Max t&amp;okens:</source>
        <translation>最大 token 数(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>并发数(&amp;C)：</translation>
    </message>
    <message>
        <source>How many papers are drafted at the same time</source>
        <translation>同时起草的论文篇数</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>超时(&amp;I)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>A request that receives nothing for this long fails</source>
        <translation>请求在这么长时间内收不到任何数据即告失败</translation>
    </message>
    <message>
        <source>E&amp;xtra JSON:</source>
        <translation>附加 JSON(&amp;X)：</translation>
    </message>
    <message>
        <source>{&quot;thinking&quot;: {&quot;type&quot;: &quot;disabled&quot;}}</source>
        <translation>{&quot;thinking&quot;: {&quot;type&quot;: &quot;disabled&quot;}}</translation>
    </message>
    <message>
        <source>A JSON object merged into every request body (provider flags)</source>
        <translation>合并进每个请求体的 JSON 对象（服务商参数）</translation>
    </message>
    <message>
        <source>DeepL ke&amp;y:</source>
        <translation>DeepL 密钥(&amp;Y)：</translation>
    </message>
    <message>
        <source>DeepL &amp;glossary id:</source>
        <translation>DeepL 术语表 ID(&amp;G)：</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Remove the stored key from the system keychain now</source>
        <translation>立即从系统钥匙串中删除保存的密钥</translation>
    </message>
    <message>
        <source>&amp;Forget Stored Key</source>
        <translation>忘记保存的密钥(&amp;F)</translation>
    </message>
    <message>
        <source>Fo&amp;rget Stored Key</source>
        <translation>忘记保存的密钥(&amp;R)</translation>
    </message>
    <message>
        <source>Test Co&amp;nnection</source>
        <translation>测试连接(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Longest request:</source>
        <translation>最长请求时间(&amp;L)：</translation>
    </message>
    <message>
        <source>A request that has not finished in this long is cut off, however slowly the server sends (retries included; --llm-timeout)</source>
        <translation>请求在这么长时间内仍未完成即被中断，无论服务器发送得多慢（包括重试；--llm-timeout）</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Post</source>
        <translation>导出推文</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Separator lines between the parts (a no-break space)</source>
        <translation>各部分之间的分隔行（不换行空格）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Attach the long images to the Weibo thread</source>
        <translation>为微博串附上长图(&amp;A)</translation>
    </message>
    <message>
        <source>Long images</source>
        <translation>长图</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>缩放(&amp;C)：</translation>
    </message>
    <message>
        <source>Largest &amp;height:</source>
        <translation>最大高度(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
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
        <source>The pasted image</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <source>The pasted image has %1 × %2 pixels, more than %3 million</source>
        <translation>粘贴的图片有 %1 × %2 像素，超过 %3 百万像素</translation>
    </message>
</context>
<context>
    <name>ImportPostsDialog</name>
    <message>
        <source>Import Published Posts</source>
        <translation>导入已发布的推文</translation>
    </message>
    <message>
        <source>Each file becomes a new digest, all or nothing: a file that cannot be read whole is refused and the others are still imported. The date comes from the file&apos;s name (2022-10-14, 2022_10_14, 2022.10.14 or 20221014), else it is today, unless you choose one date for all.</source>
        <translation>每个文件成为一期新的速递，要么全部导入，要么不导入：无法完整读取的文件会被拒绝，其他文件照常导入。日期取自文件名（2022-10-14、2022_10_14、2022.10.14 或 20221014），否则为今天，除非你为所有文件选定同一个日期。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>One &amp;date for all:</source>
        <translation>统一日期(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>KeepProposalsCommand</name>
    <message>
        <source>Keep proposal %1</source>
        <translation>保留提议 %1</translation>
    </message>
    <message numerus="yes">
        <source>Keep %n proposal(s)</source>
        <translation>
            <numerusform>保留 %n 条提议</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MorningRunDialog</name>
    <message>
        <source>Morning Run</source>
        <translation>晨间运行</translation>
    </message>
    <message>
        <source>Before you sit down, the morning run fetches the day&apos;s listing, proposes the best papers and drafts them. You keep or drop each proposal.</source>
        <translation>在您开始工作之前，晨间运行会获取当天的列表，提议最合适的论文并起草。每条提议由您决定保留或放弃。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>&amp;Not scheduled</source>
        <translation>不定时(&amp;N)</translation>
    </message>
    <message>
        <source>30 minutes after arXiv&apos;s &amp;announcement (20:00 New York, Sunday to Thursday)</source>
        <translation>arXiv 发布后 30 分钟(&amp;A)（纽约时间 20:00，周日至周四）</translation>
    </message>
    <message>
        <source>Every &amp;day at</source>
        <translation>每天(&amp;D)于</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>&amp;Papers to propose:</source>
        <translation>提议论文数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Lowest score:</source>
        <translation>最低得分(&amp;L)：</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
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
    <name>NotForUsCommand</name>
    <message numerus="yes">
        <source>Mark %n paper(s) not for us</source>
        <translation>
            <numerusform>将 %n 篇论文标记为不适合我们</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenceText</name>
    <message>
        <source>%1 is typing in the %2</source>
        <translation>%1 正在输入%2</translation>
    </message>
    <message>
        <source>%1 is in the %2</source>
        <translation>%1 停在%2</translation>
    </message>
    <message>
        <source>%1 has this paper open</source>
        <translation>%1 打开了这篇论文</translation>
    </message>
    <message>
        <source>%1 is typing in the %2 too: your edits may conflict. Wait until they are done, or leave a comment.</source>
        <translation>%1 也在输入%2：你们的修改可能冲突。请等对方写完，或者留下评论。</translation>
    </message>
</context>
<context>
    <name>PublishWeChatDialog</name>
    <message>
        <source>Publish to WeChat Draft Box</source>
        <translation>发布到微信草稿箱</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>C&amp;over:</source>
        <translation>封面(&amp;O)：</translation>
    </message>
    <message>
        <source>A jpg or png file</source>
        <translation>jpg 或 png 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Open &amp;comments on the article</source>
        <translation>开启文章留言(&amp;C)</translation>
    </message>
    <message>
        <source>App&amp;ID:</source>
        <translation>App&amp;ID：</translation>
    </message>
    <message>
        <source>App&amp;Secret:</source>
        <translation>App&amp;Secret：</translation>
    </message>
    <message>
        <source>Save in the &amp;keychain</source>
        <translation>保存到钥匙串(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Read more URL (阅读原文):</source>
        <translation>阅读原文链接(&amp;R)：</translation>
    </message>
    <message>
        <source>Optional: an http or https address</source>
        <translation>可选：http 或 https 网址</translation>
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
