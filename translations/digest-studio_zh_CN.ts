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
</TS>
