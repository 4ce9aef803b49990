<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CanvasWidget</name>
    <message>
        <source>Shape and framing</source>
        <translation>画幅与取景</translation>
    </message>
    <message>
        <source>9:16 vertical</source>
        <translation>9:16 竖屏</translation>
    </message>
    <message>
        <source>For TikTok, Reels and Shorts</source>
        <translation>适用于 TikTok、Reels 和 Shorts</translation>
    </message>
    <message>
        <source>16:9 landscape</source>
        <translation>16:9 横屏</translation>
    </message>
    <message>
        <source>For YouTube, Amazon Live and web players</source>
        <translation>适用于 YouTube、Amazon Live 和网页播放器</translation>
    </message>
    <message>
        <source>Reset framing</source>
        <translation>重置取景</translation>
    </message>
    <message>
        <source>Tip: drag the preview to pan, scroll to zoom.</source>
        <translation>提示：拖动预览画面可平移，滚动鼠标滚轮可缩放。</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Pan left/right</source>
        <translation>左右平移</translation>
    </message>
    <message>
        <source>Pan up/down</source>
        <translation>上下平移</translation>
    </message>
</context>
<context>
    <name>CaptionsPanel</name>
    <message>
        <source>Auto-detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Live captions</source>
        <translation>实时字幕</translation>
    </message>
    <message>
        <source>more, e.g. pt, id, vi</source>
        <translation>更多，例如 pt, id, vi</translation>
    </message>
    <message>
        <source>none: the show&apos;s product names only</source>
        <translation>无：仅使用节目的商品名称</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Download model</source>
        <translation>下载模型</translation>
    </message>
    <message>
        <source>Import model folder…</source>
        <translation>导入模型文件夹…</translation>
    </message>
    <message>
        <source>Spoken language</source>
        <translation>口播语言</translation>
    </message>
    <message>
        <source>Caption language 1</source>
        <translation>字幕语言 1</translation>
    </message>
    <message>
        <source>Caption language 2</source>
        <translation>字幕语言 2</translation>
    </message>
    <message>
        <source>More caption languages</source>
        <translation>更多字幕语言</translation>
    </message>
    <message>
        <source>Glossary file</source>
        <translation>术语表文件</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>运行设备</translation>
    </message>
    <message>
        <source>Glossary file %1 cannot be read; captions use the show&apos;s product names only.</source>
        <translation>无法读取术语表文件 %1；字幕仅使用节目的商品名称。</translation>
    </message>
    <message>
        <source>Captions are off.</source>
        <translation>字幕已关闭。</translation>
    </message>
    <message>
        <source>New caption settings apply from the next sentence.</source>
        <translation>新的字幕设置将从下一句开始生效。</translation>
    </message>
    <message>
        <source>Captions are starting (the model loads off screen)…</source>
        <translation>字幕正在启动（模型在后台加载）…</translation>
    </message>
    <message>
        <source>Languages from the show: spoken %1, captions %2.</source>
        <translation>语言取自节目：口述 %1，字幕 %2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Not offered here: %1.</source>
        <translation>此处不提供：%1。</translation>
    </message>
    <message>
        <source>Model installed</source>
        <translation>模型已安装</translation>
    </message>
    <message>
        <source>Model not installed: download it or import its folder</source>
        <translation>模型未安装：请下载或导入模型文件夹</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>正在下载 %1…</translation>
    </message>
    <message>
        <source>Glossary file (one term a line)</source>
        <translation>术语表文件（每行一个术语）</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Folder with the %1 model files</source>
        <translation>%1 模型文件所在的文件夹</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>%1 is ready.</source>
        <translation>%1 已就绪。</translation>
    </message>
    <message>
        <source>%1 could not be installed: %2</source>
        <translation>%1 无法安装：%2</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Sales catalog</source>
        <translation>销售商品目录</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Amount and currency, e.g. 19.90 USD</source>
        <translation>金额和币种，例如 19.90 USD</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Units for this live; empty: not counted</source>
        <translation>本场直播的件数；留空表示不计数</translation>
    </message>
    <message>
        <source>Try-on look</source>
        <translation>试妆效果</translation>
    </message>
    <message>
        <source>The look the AR try-on shows with this product</source>
        <translation>AR 试戴时随此商品显示的效果</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>stock cannot be negative</source>
        <translation>库存不能为负数</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>Saved %1 product(s)</source>
        <translation>已保存 %1 个商品</translation>
    </message>
    <message>
        <source>Import catalog</source>
        <translation>导入商品目录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Imported %1 product(s)</source>
        <translation>已导入 %1 个商品</translation>
    </message>
</context>
<context>
    <name>CompliancePanel</name>
    <message>
        <source>blocking</source>
        <translation>必须修改</translation>
    </message>
    <message>
        <source>review</source>
        <translation>需复核</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>No show loaded</source>
        <translation>未加载节目单</translation>
    </message>
    <message>
        <source>Check script</source>
        <translation>检查脚本</translation>
    </message>
    <message>
        <source>Blocking only</source>
        <translation>仅显示必须修改的</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>第 %1 段 · %2</translation>
    </message>
    <message>
        <source>%1, on screen</source>
        <translation>%1，画面文字</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>Show file line %1</source>
        <translation>节目单文件第 %1 行</translation>
    </message>
    <message>
        <source>Open a show (Open show… at the top) to check its script for the markets it lists. During the live, what you say is checked too and listed here.</source>
        <translation>打开一个节目单（顶部的“打开节目单…”），即按其中列出的市场检查脚本。直播时，您说的话也会被检查并列在这里。</translation>
    </message>
    <message>
        <source>Add a line such as &apos;markets: US, DE&apos; under the show&apos;s title, save, and press Check script.</source>
        <translation>在节目单标题下加一行，例如 &apos;markets: US, DE&apos;，保存后点“检查脚本”。</translation>
    </message>
    <message>
        <source>Nothing blocking. Untick &apos;Blocking only&apos; to see what to review.</source>
        <translation>没有必须修改的内容。取消勾选“仅显示必须修改的”可查看需复核的内容。</translation>
    </message>
    <message>
        <source>Nothing to fix in the script. During the live, what you say is checked and listed here.</source>
        <translation>脚本中没有需要修改的内容。直播时，您说的话会被检查并列在这里。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>The show lists no markets: add a line &apos;markets: US, DE&apos; to check it</source>
        <translation>节目单未列出市场：请添加一行 &apos;markets: US, DE&apos; 后再检查</translation>
    </message>
    <message>
        <source>Checking the script…</source>
        <translation>正在检查脚本…</translation>
    </message>
    <message>
        <source>Cannot check the script: %1</source>
        <translation>无法检查脚本：%1</translation>
    </message>
    <message>
        <source>Script (%1): %2 blocking, %3 to review</source>
        <translation>脚本（%1）：%2 处必须修改，%3 处待复核</translation>
    </message>
    <message>
        <source>Say the disclosure: %1</source>
        <translation>请口播声明：%1</translation>
    </message>
    <message>
        <source>live %1</source>
        <translation>直播 %1</translation>
    </message>
    <message>
        <source>script</source>
        <translation>脚本</translation>
    </message>
</context>
<context>
    <name>ConsoleDialog</name>
    <message>
        <source>Producer console</source>
        <translation>导播台</translation>
    </message>
    <message>
        <source>A page for a phone, tablet or second laptop: push cues to the prompter, switch segments and talk-tracks, flag lines, and follow the prompter. Anyone with this address and token can do so: show it only to your team.</source>
        <translation>给手机、平板或另一台电脑用的网页：向提词器推送提示、切换环节和话术、标记台词，并实时查看提词位置。任何拿到此地址和令牌的人都能这样操作：只给你的团队看。</translation>
    </message>
    <message>
        <source>Open to the local network (Wi-Fi): phones and tablets can reach it</source>
        <translation>向局域网（Wi-Fi）开放：手机和平板可以访问</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>复制地址</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>无法启动：%1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Open a show and start the preview first: the console drives the show&apos;s prompter.</source>
        <translation>请先打开节目并开始预览：导播台控制的是节目的提词器。</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>On, open to the local network. Scan the code with the phone&apos;s camera.</source>
        <translation>已开启，对局域网开放。用手机相机扫描二维码。</translation>
    </message>
    <message>
        <source>On, for this computer only.</source>
        <translation>已开启，仅限本机访问。</translation>
    </message>
    <message>
        <source>No network address was found: a phone cannot reach this computer. Connect to the Wi-Fi, then Stop and Start again.</source>
        <translation>未找到网络地址：手机无法访问这台电脑。请连接 Wi-Fi，然后点“停止”，再点“启动”。</translation>
    </message>
    <message>
        <source>No code to scan: the console is open to this computer only, and a phone cannot reach 127.0.0.1. To use a phone or tablet, Stop, tick the box above, and Start again.</source>
        <translation>没有可扫描的二维码：控制台仅向本机开放，手机无法访问 127.0.0.1。如需用手机或平板，请点“停止”，勾选上方的选项，再点“启动”。</translation>
    </message>
    <message>
        <source>Producer console…</source>
        <translation>导播台…</translation>
    </message>
    <message>
        <source>Let a producer push cues and switch segments from a phone or tablet</source>
        <translation>让导播用手机或平板推送提示、切换环节</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>camera {index}</source>
        <translation>摄像头 {index}</translation>
    </message>
    <message>
        <source>default microphone</source>
        <translation>默认麦克风</translation>
    </message>
    <message>
        <source>microphone {device}</source>
        <translation>麦克风 {device}</translation>
    </message>
    <message>
        <source>{reason} — reconnecting</source>
        <translation>{reason}——正在重新连接</translation>
    </message>
    <message>
        <source>{name} is back</source>
        <translation>{name} 已恢复</translation>
    </message>
    <message>
        <source>{name} ended</source>
        <translation>{name} 已播放完毕</translation>
    </message>
    <message>
        <source>{name} is not open</source>
        <translation>{name} 未打开</translation>
    </message>
    <message>
        <source>{name} is unplugged</source>
        <translation>{name} 已拔出</translation>
    </message>
    <message>
        <source>{name} stopped sending pictures (unplugged?)</source>
        <translation>{name} 不再传送画面（是否已拔出？）</translation>
    </message>
    <message>
        <source>{name} stopped sending sound (unplugged?)</source>
        <translation>{name} 不再传送声音（是否已拔出？）</translation>
    </message>
    <message>
        <source>{name} could not be opened: it is missing, unplugged or used by another app (close the other app, or pick another camera)</source>
        <translation>无法打开 {name}：设备不存在、已拔出或正被其他应用使用（请关闭其他应用，或选择另一个摄像头）</translation>
    </message>
    <message>
        <source>{name} could not be opened ({error}); check it is plugged in and that the app may use the microphone</source>
        <translation>无法打开 {name}（{error}）；请检查设备已插好，并允许本应用使用麦克风</translation>
    </message>
    <message>
        <source>audio input is unavailable on this machine ({error})</source>
        <translation>这台电脑无法使用音频输入（{error}）</translation>
    </message>
    <message>
        <source>audio file not found: {path}</source>
        <translation>找不到音频文件：{path}</translation>
    </message>
    <message>
        <source>{name} is not a readable audio file ({error})</source>
        <translation>{name} 不是可读取的音频文件（{error}）</translation>
    </message>
    <message>
        <source>{name} has no audio track</source>
        <translation>{name} 没有音轨</translation>
    </message>
    <message>
        <source>{name} has no audio samples</source>
        <translation>{name} 没有音频数据</translation>
    </message>
    <message>
        <source>video file not found: {path}</source>
        <translation>找不到视频文件：{path}</translation>
    </message>
    <message>
        <source>{name} is not a readable video ({error})</source>
        <translation>{name} 不是可读取的视频（{error}）</translation>
    </message>
    <message>
        <source>{path} is not a readable image</source>
        <translation>{path} 不是可读取的图片</translation>
    </message>
    <message>
        <source>{name} stopped after an error: {error}</source>
        <translation>{name} 出错后已停止：{error}</translation>
    </message>
    <message>
        <source>Captions paused after an error: {error}</source>
        <translation>字幕出错后已暂停：{error}</translation>
    </message>
    <message>
        <source>loading comment understanding…</source>
        <translation>正在加载评论理解…</translation>
    </message>
    <message>
        <source>comment understanding is off: {error}</source>
        <translation>评论理解已关闭：{error}</translation>
    </message>
    <message>
        <source>replaying {name}</source>
        <translation>正在回放 {name}</translation>
    </message>
    <message>
        <source>cannot replay {name}: {error}</source>
        <translation>无法回放 {name}：{error}</translation>
    </message>
    <message>
        <source>replay of {name} finished: {count} events</source>
        <translation>{name} 回放完毕：共 {count} 条事件</translation>
    </message>
    <message>
        <source>replay of {name} finished: {count} events; {bad} bad line(s) skipped</source>
        <translation>{name} 回放完毕：共 {count} 条事件；跳过 {bad} 行无法读取的内容</translation>
    </message>
    <message>
        <source>pasted comments</source>
        <translation>粘贴的评论</translation>
    </message>
    <message>
        <source>{count} pasted comment(s)</source>
        <translation>已粘贴 {count} 条评论</translation>
    </message>
    <message>
        <source>relay listening on {address}</source>
        <translation>中继正在监听 {address}</translation>
    </message>
    <message>
        <source>relay stopped</source>
        <translation>中继已停止</translation>
    </message>
    <message>
        <source>{name} stopped</source>
        <translation>{name} 已停止</translation>
    </message>
    <message>
        <source>{name} stopped: {error}</source>
        <translation>{name} 已停止：{error}</translation>
    </message>
    <message>
        <source>connecting to TikTok LIVE @{user}</source>
        <translation>正在连接 TikTok 直播 @{user}</translation>
    </message>
    <message>
        <source>connected to TikTok LIVE @{user}</source>
        <translation>已连接 TikTok 直播 @{user}</translation>
    </message>
    <message>
        <source>the live of @{user} ended</source>
        <translation>@{user} 的直播已结束</translation>
    </message>
    <message>
        <source>TikTok LIVE @{user}: {reason}; gave up after {attempts} attempt(s)</source>
        <translation>TikTok 直播 @{user}：{reason}；尝试 {attempts} 次后放弃</translation>
    </message>
    <message>
        <source>TikTok LIVE @{user}: {reason} — reconnecting in {seconds} s</source>
        <translation>TikTok 直播 @{user}：{reason} — {seconds} 秒后重新连接</translation>
    </message>
    <message>
        <source>TikTok LIVE stopped</source>
        <translation>TikTok 直播已停止</translation>
    </message>
    <message>
        <source>no translation model for {pair}: install a multilingual model (`studio models download m2m100-418m`) or a pair model (docs/localisation.md)</source>
        <translation>没有 {pair} 的翻译模型：请安装一个多语言模型（`studio models download m2m100-418m`）或该语言对的模型（见 docs/localisation.md）；离线时可在“字幕”面板“导入模型文件夹…”</translation>
    </message>
    <message>
        <source>Captions: the computer is busy (real-time factor {rtf}); now {level}.</source>
        <translation>字幕：电脑忙不过来（实时系数 {rtf}）；现在改为{level}。</translation>
    </message>
    <message>
        <source>Captions: the computer is keeping up again (real-time factor {rtf}); now {level}.</source>
        <translation>字幕：电脑又跟得上了（实时系数 {rtf}）；现在恢复为{level}。</translation>
    </message>
    <message>
        <source>full quality</source>
        <translation>完整质量</translation>
    </message>
    <message>
        <source>fewer live updates</source>
        <translation>减少实时更新</translation>
    </message>
    <message>
        <source>captions at each pause only</source>
        <translation>只在每次停顿时出字幕</translation>
    </message>
    <message>
        <source>captions at each pause, faster and a little less accurate</source>
        <translation>每次停顿时出字幕，更快但略不准确</translation>
    </message>
    <message>
        <source>a smaller model</source>
        <translation>较小的模型</translation>
    </message>
    <message>
        <source>Try-on: the computer is too busy to follow the face; showing the product card instead.</source>
        <translation>试妆：电脑太忙，跟不上脸部；暂时改为显示商品卡片。</translation>
    </message>
    <message>
        <source>Try-on: the look is back on the face.</source>
        <translation>试妆：效果已回到脸上。</translation>
    </message>
    <message>
        <source>Compliance log not saved ({error})</source>
        <translation>合规记录未能保存（{error}）</translation>
    </message>
    <message>
        <source>Viewers fell {pct}% in {seconds} s ({before} → {now})</source>
        <translation>观众在 {seconds} 秒内下降了 {pct}%（{before} → {now}）</translation>
    </message>
    <message>
        <source>Viewers fell {pct}% in {seconds} s ({before} → {now}): switch “{segment}” to its B talk-track?</source>
        <translation>观众在 {seconds} 秒内下降了 {pct}%（{before} → {now}）：把“{segment}”切换到备用话术 B？</translation>
    </message>
</context>
<context>
    <name>DropAlertButton</name>
    <message>
        <source>Switch to B</source>
        <translation>切换到 B</translation>
    </message>
    <message>
        <source>Viewers are leaving: read this segment&apos;s B talk-track on the prompter</source>
        <translation>观众正在流失：在提词器上改读本段的备用话术 B</translation>
    </message>
    <message>
        <source>Switch “%1” to B</source>
        <translation>把“%1”切换到 B</translation>
    </message>
</context>
<context>
    <name>FeedPicker</name>
    <message>
        <source>Replay a file</source>
        <translation>回放文件</translation>
    </message>
    <message>
        <source>Paste (text file)</source>
        <translation>粘贴（文本文件）</translation>
    </message>
    <message>
        <source>Local relay</source>
        <translation>本地中继</translation>
    </message>
    <message>
        <source>TikTok LIVE</source>
        <translation>TikTok 直播</translation>
    </message>
    <message>
        <source>Recording (.jsonl, .csv) or text file</source>
        <translation>录制文件（.jsonl、.csv）或文本文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>@name of the live</source>
        <translation>直播间 @用户名</translation>
    </message>
    <message>
        <source>I understand the risks</source>
        <translation>我了解风险</translation>
    </message>
    <message>
        <source>TikTok LIVE is read through TikTokLive, an unofficial client: TikTok&apos;s terms of service do not allow this kind of access and may block the account or network. It asks a third-party signing service (Euler Stream) to sign the connection: the live&apos;s @name and your IP address are sent there. Use it on your own live, knowingly.</source>
        <translation>TikTok 直播通过非官方客户端 TikTokLive 读取：TikTok 的服务条款不允许此类访问，可能封禁账号或网络。它请第三方签名服务（Euler Stream）为连接签名：直播间的 @用户名和您的 IP 地址会发送给该服务。请只在自己的直播中、知情后使用。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <source>The relay token cannot be read: %1</source>
        <translation>无法读取中继令牌：%1</translation>
    </message>
    <message>
        <source>POST http://127.0.0.1:%1/events
Token: %2</source>
        <translation>POST http://127.0.0.1:%1/events
令牌：%2</translation>
    </message>
    <message>
        <source>Comments file</source>
        <translation>评论文件</translation>
    </message>
    <message>
        <source>Comments (*.jsonl *.csv *.txt);;All files (*)</source>
        <translation>评论 (*.jsonl *.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
</context>
<context>
    <name>GoLivePanel</name>
    <message>
        <source>Virtual camera</source>
        <translation>虚拟摄像头</translation>
    </message>
    <message>
        <source>Start virtual camera</source>
        <translation>启动虚拟摄像头</translation>
    </message>
    <message>
        <source>For TikTok LIVE Studio, Zoom or a browser: pick it as the camera.</source>
        <translation>用于 TikTok LIVE Studio、Zoom 或浏览器：在其中选择它作为摄像头。</translation>
    </message>
    <message>
        <source>Program window</source>
        <translation>节目窗口</translation>
    </message>
    <message>
        <source>Open program window</source>
        <translation>打开节目窗口</translation>
    </message>
    <message>
        <source>Borderless, for window capture in OBS or LIVE Studio. Esc closes it.</source>
        <translation>无边框，供 OBS 或 LIVE Studio 窗口采集使用。按 Esc 关闭。</translation>
    </message>
    <message>
        <source>Caption feed for OBS</source>
        <translation>OBS 字幕源</translation>
    </message>
    <message>
        <source>Serve captions as a browser source</source>
        <translation>以浏览器源提供字幕</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>复制地址</translation>
    </message>
    <message>
        <source>Stop virtual camera</source>
        <translation>停止虚拟摄像头</translation>
    </message>
    <message>
        <source>Virtual camera stopped.</source>
        <translation>虚拟摄像头已停止。</translation>
    </message>
    <message>
        <source>The virtual camera is not running: %1</source>
        <translation>虚拟摄像头未运行：%1</translation>
    </message>
    <message>
        <source>It starts with the camera or video source.</source>
        <translation>将随摄像头或视频源一起启动。</translation>
    </message>
    <message>
        <source>Close program window</source>
        <translation>关闭节目窗口</translation>
    </message>
    <message>
        <source>Caption feed off.</source>
        <translation>字幕源已关闭。</translation>
    </message>
    <message>
        <source>URL copied: paste it into a Browser source in OBS.</source>
        <translation>地址已复制：请粘贴到 OBS 的浏览器源中。</translation>
    </message>
    <message>
        <source>%1 · %2 browser source(s) connected</source>
        <translation>%1 · 已连接 %2 个浏览器源</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>question</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>buy</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>praise</source>
        <translation>好评</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Type an answer in your language</source>
        <translation>用您的语言输入回答</translation>
    </message>
    <message>
        <source>Translate and check</source>
        <translation>翻译并检查</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>复制回复</translation>
    </message>
    <message>
        <source>Pin (F4)</source>
        <translation>置顶 (F4)</translation>
    </message>
    <message>
        <source>Unpin (Shift+F4)</source>
        <translation>取消置顶 (Shift+F4)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>No comments feed: pick one here.</source>
        <translation>没有评论来源：请在这里选择。</translation>
    </message>
    <message>
        <source>shipping</source>
        <translation>运费与配送</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>退换货</translation>
    </message>
    <message>
        <source>gift wrap</source>
        <translation>礼品包装</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>skin tone</source>
        <translation>肤色</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>prescription</source>
        <translation>度数</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Local relay</source>
        <translation>本地中继</translation>
    </message>
    <message>
        <source>Comments feed…</source>
        <translation>评论来源…</translation>
    </message>
    <message>
        <source>Pin the picked comment or question to the program</source>
        <translation>把选中的评论或问题置顶到节目画面</translation>
    </message>
    <message>
        <source>Take the pinned card down</source>
        <translation>撤下置顶卡片</translation>
    </message>
    <message>
        <source>Copy the reply (in the Inbox)</source>
        <translation>复制回复（在评论收件箱中）</translation>
    </message>
    <message>
        <source>The feed starts with the session.</source>
        <translation>评论来源随会话启动。</translation>
    </message>
    <message>
        <source>Open a show first: comments are understood against its catalog.</source>
        <translation>请先打开节目：评论按其商品目录理解。</translation>
    </message>
    <message>
        <source>The feed could not start.</source>
        <translation>评论来源无法启动。</translation>
    </message>
    <message>
        <source>%1 comments · %2 questions · %3 buys · %4 complaints · %5 praise</source>
        <translation>%1 条评论 · %2 提问 · %3 购买 · %4 投诉 · %5 称赞</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 条待处理</translation>
    </message>
    <message>
        <source>%1 not analysed (flood; still stored)</source>
        <translation>%1 条未分析（刷屏；仍已保存）</translation>
    </message>
    <message>
        <source>No translation model for %1: those comments are shown as written. Import one in the Captions panel (Import model folder…).</source>
        <translation>没有 %1 的翻译模型：这些评论只显示原文。请在“字幕”面板中导入（导入模型文件夹…）。</translation>
    </message>
    <message>
        <source>Waiting for the feed…</source>
        <translation>等待评论来源…</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>live</source>
        <translation>直播中</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>重新连接中</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>(next try in %1 s)</source>
        <translation>（%1 秒后重试）</translation>
    </message>
    <message>
        <source>%1 asking about %2</source>
        <translation>%1 人在问：%2</translation>
    </message>
    <message>
        <source>%1 asking: “%2”</source>
        <translation>%1 人在问：“%2”</translation>
    </message>
    <message>
        <source>Select a question group to answer it.</source>
        <translation>选择一组问题来回答。</translation>
    </message>
    <message>
        <source>No approved answer: type one to translate and check.</source>
        <translation>没有审核过的回答：输入一个以翻译并检查。</translation>
    </message>
    <message>
        <source>Approved answer</source>
        <translation>审核过的回答</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>您的回答</translation>
    </message>
    <message>
        <source>Checked for: %1</source>
        <translation>已按以下市场审核：%1</translation>
    </message>
    <message>
        <source>Copy is off: %1</source>
        <translation>不能复制：%1</translation>
    </message>
    <message>
        <source>Pick a question first</source>
        <translation>请先选一个问题</translation>
    </message>
</context>
<context>
    <name>LanguageChange</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Restart the studio now in the new language?</source>
        <translation>现在以新语言重新启动直播间吗？</translation>
    </message>
    <message>
        <source>The new language is used the next time the studio opens.</source>
        <translation>新语言将在下次打开直播间时生效。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯语</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>印地语</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>印尼语</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>意大利语</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>马来语</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>荷兰语</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>波兰语</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>泰语</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>菲律宾语</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>土耳其语</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>越南语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
</context>
<context>
    <name>LocaliseDialog</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>待审</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>stale: source changed</source>
        <translation>过期：原文已改</translation>
    </message>
    <message>
        <source>Drafting with the translation model…</source>
        <translation>正在用翻译模型起草…</translation>
    </message>
    <message>
        <source>Opening the show…</source>
        <translation>正在打开节目…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>B talk-track</source>
        <translation>B 话术</translation>
    </message>
    <message>
        <source>FAQ answer</source>
        <translation>常见问题回答</translation>
    </message>
    <message>
        <source>Localise script</source>
        <translation>脚本本地化</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Draft missing lines</source>
        <translation>起草缺少的行</translation>
    </message>
    <message>
        <source>Translate every line with no approved or proposed translation, keeping glossary terms, and check the drafts</source>
        <translation>翻译所有尚无已批准或待审译文的行，保留术语表中的词，并检查草稿</translation>
    </message>
    <message>
        <source>Approve line</source>
        <translation>批准此行</translation>
    </message>
    <message>
        <source>Approve segment</source>
        <translation>批准整段</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>宣传用语</translation>
    </message>
    <message>
        <source>%1 approved, %2 proposed, %3 stale, %4 missing; %5 flagged</source>
        <translation>已批准 %1，待审 %2，过期 %3，缺失 %4；标记 %5</translation>
    </message>
    <message>
        <source>Save the show</source>
        <translation>保存节目</translation>
    </message>
    <message>
        <source>The show file has &lt;!-- comments --&gt; that saving drops. Save anyway?</source>
        <translation>节目文件中有 &lt;!-- 注释 --&gt;，保存后会丢失。仍要保存吗？</translation>
    </message>
    <message>
        <source>lost: %1</source>
        <translation>丢失：%1</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>已保留</translation>
    </message>
    <message>
        <source>Localise script…</source>
        <translation>脚本本地化…</translation>
    </message>
    <message>
        <source>Draft, review and approve translations of the show&apos;s lines, offers and FAQ answers</source>
        <translation>起草、审核并批准节目台词、优惠和常见问题回答的译文</translation>
    </message>
    <message>
        <source>Open a show file (.show.md) first.</source>
        <translation>请先打开节目文件（.show.md）。</translation>
    </message>
</context>
<context>
    <name>LookDelegate</name>
    <message>
        <source>(no try-on)</source>
        <translation>（无试戴）</translation>
    </message>
</context>
<context>
    <name>LookNames</name>
    <message>
        <source>Lipstick</source>
        <translation>口红</translation>
    </message>
    <message>
        <source>Blush</source>
        <translation>腮红</translation>
    </message>
    <message>
        <source>Eyeshadow</source>
        <translation>眼影</translation>
    </message>
    <message>
        <source>Eyeliner</source>
        <translation>眼线</translation>
    </message>
    <message>
        <source>Brow tint</source>
        <translation>眉色</translation>
    </message>
    <message>
        <source>Glasses</source>
        <translation>眼镜</translation>
    </message>
    <message>
        <source>Sunglasses</source>
        <translation>太阳镜</translation>
    </message>
    <message>
        <source>Earrings</source>
        <translation>耳环</translation>
    </message>
    <message>
        <source>Hat</source>
        <translation>帽子</translation>
    </message>
    <message>
        <source>Headband</source>
        <translation>发箍</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>MinuteBars</name>
    <message>
        <source>GMV per minute</source>
        <translation>每分钟成交额</translation>
    </message>
</context>
<context>
    <name>OrdersImportDialog</name>
    <message>
        <source>Import platform orders</source>
        <translation>导入平台订单</translation>
    </message>
    <message>
        <source>Choose the order export (CSV) downloaded from the platform.</source>
        <translation>请选择从平台下载的订单导出文件（CSV）。</translation>
    </message>
    <message>
        <source>Choose export…</source>
        <translation>选择导出文件…</translation>
    </message>
    <message>
        <source>Order ID *</source>
        <translation>订单号 *</translation>
    </message>
    <message>
        <source>SKU *</source>
        <translation>SKU *</translation>
    </message>
    <message>
        <source>Quantity *</source>
        <translation>数量 *</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>行合计</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Order time</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Buyer (personal data)</source>
        <translation>买家（个人信息）</translation>
    </message>
    <message>
        <source>Session currency</source>
        <translation>场次币种</translation>
    </message>
    <message>
        <source>Currency when the file has none</source>
        <translation>文件未注明币种时使用</translation>
    </message>
    <message>
        <source>Keep the buyer column (personal data)</source>
        <translation>保留买家列（个人信息）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Order export</source>
        <translation>订单导出文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Recognised: %1. Check the columns and import.</source>
        <translation>已识别：%1。请核对各列后导入。</translation>
    </message>
    <message>
        <source>This layout is new to the studio: check the guessed columns below.</source>
        <translation>这是新的文件格式：请核对下方猜测的列。</translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation>仍需指定：%1。</translation>
    </message>
    <message>
        <source>%1 order line(s) imported.</source>
        <translation>已导入 %1 条订单记录。</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>%1 order(s) are timed outside this session.</source>
        <translation>有 %1 个订单的时间不在本场次内。</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规检查</translation>
    </message>
    <message>
        <source>AR try-on</source>
        <translation>AR 试戴</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>开播</translation>
    </message>
    <message>
        <source>Teleprompter</source>
        <translation>提词器</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>评论收件箱</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Camera lost — reconnecting</source>
        <translation>摄像头已断开 — 正在重新连接</translation>
    </message>
    <message>
        <source>Check the cable; the picture comes back by itself.</source>
        <translation>请检查连接线，画面恢复后会自动显示。</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>没有画面</translation>
    </message>
    <message>
        <source>The video file ended</source>
        <translation>视频文件已播放完毕</translation>
    </message>
    <message>
        <source>No source running</source>
        <translation>没有运行中的信号源</translation>
    </message>
    <message>
        <source>Pick a source on the left.</source>
        <translation>请在左侧选择一个信号源。</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Which product was sold?</source>
        <translation>卖出的是哪件商品？</translation>
    </message>
    <message>
        <source>No product is on screen in this segment. Pick the product sold (type to filter, Enter logs it).</source>
        <translation>本段没有在屏商品。请选择卖出的商品（输入可筛选，按回车记录）。</translation>
    </message>
    <message>
        <source>SKU or name</source>
        <translation>SKU 或名称</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <source>The catalog is empty: add the products first (Catalog…), or load the show.</source>
        <translation>商品目录为空：请先添加商品（目录…），或加载节目。</translation>
    </message>
    <message>
        <source>Log sale</source>
        <translation>记录销售</translation>
    </message>
    <message>
        <source>Catalog…</source>
        <translation>目录…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PrompterFullScreen</name>
    <message>
        <source>Teleprompter</source>
        <translation>提词器</translation>
    </message>
</context>
<context>
    <name>PrompterPanel</name>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Count down and start prompting (Space pauses and resumes)</source>
        <translation>倒计时后开始提词（空格键暂停/继续）</translation>
    </message>
    <message>
        <source>Follow voice</source>
        <translation>跟随语音</translation>
    </message>
    <message>
        <source>Timed</source>
        <translation>定速</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source> wpm</source>
        <translation> 词/分</translation>
    </message>
    <message>
        <source>Scrolling speed in timed mode, in words per minute</source>
        <translation>定速模式下的滚动速度（每分钟词数）</translation>
    </message>
    <message>
        <source>Text size (Ctrl+= and Ctrl+- while the prompter has focus)</source>
        <translation>文字大小（提词器获得焦点时按 Ctrl+= 和 Ctrl+-）</translation>
    </message>
    <message>
        <source>Side margins: keep the text narrow so the eyes stay near the lens</source>
        <translation>左右边距：让文字保持窄排，视线更贴近镜头</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Flip the text for beam-splitter glass</source>
        <translation>为分光玻璃提词器翻转文字</translation>
    </message>
    <message>
        <source>Display for full screen</source>
        <translation>全屏显示的屏幕</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>边距</translation>
    </message>
    <message>
        <source>Pause or go on (in the Teleprompter)</source>
        <translation>暂停或继续（在提词器中）</translation>
    </message>
    <message>
        <source>Put the proposed segment on air</source>
        <translation>切换到建议的段落上播</translation>
    </message>
    <message>
        <source>Script a line down or up</source>
        <translation>脚本下移或上移一行</translation>
    </message>
    <message>
        <source>Bigger or smaller script text</source>
        <translation>放大或缩小脚本文字</translation>
    </message>
    <message>
        <source>Available once the live session has started</source>
        <translation>直播会话启动后即可使用</translation>
    </message>
    <message>
        <source>Rephrase “%1”: %2</source>
        <translation>请改说“%1”：%2</translation>
    </message>
    <message>
        <source>Producer: %1</source>
        <translation>导播：%1</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>提醒：%1</translation>
    </message>
    <message>
        <source>%1 asking: %2</source>
        <translation>%1 人在问：%2</translation>
    </message>
    <message>
        <source>Enter: put on air · %1</source>
        <translation>回车：切换上播 · %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>PrompterStatus</name>
    <message>
        <source>Put on air (Enter)</source>
        <translation>切换上播（回车）</translation>
    </message>
    <message>
        <source>Switch the segment on air: price card, try-on look and sales product</source>
        <translation>切换正在播出的段落：价格卡、试妆效果和销售商品随之切换</translation>
    </message>
    <message>
        <source>Dismiss: stay on the segment on air</source>
        <translation>忽略：保持当前播出的段落</translation>
    </message>
    <message>
        <source>%1/%2 %3</source>
        <translation>%1/%2 %3</translation>
    </message>
    <message>
        <source>segment %1 left</source>
        <translation>本段剩余 %1</translation>
    </message>
    <message>
        <source>segment over by %1</source>
        <translation>本段已超时 %1</translation>
    </message>
    <message>
        <source>prompter on standby: Start follows the show</source>
        <translation>提词器待命：点“开始”即跟随节目</translation>
    </message>
    <message>
        <source>segments: %1</source>
        <translation>段数：%1</translation>
    </message>
    <message>
        <source>show %1 left · script %2</source>
        <translation>节目剩余 %1 · 脚本 %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Voice is in %1 · %2</source>
        <translation>语音已到 %1 · %2</translation>
    </message>
    <message>
        <source>starting in %1</source>
        <translation>%1 后开始</translation>
    </message>
    <message>
        <source>editing</source>
        <translation>编辑中</translation>
    </message>
    <message>
        <source>following voice</source>
        <translation>跟随语音中</translation>
    </message>
    <message>
        <source>no voice recognized: timed</source>
        <translation>未识别到语音：定速</translation>
    </message>
    <message>
        <source>timed</source>
        <translation>定速</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动</translation>
    </message>
</context>
<context>
    <name>PrompterView</name>
    <message>
        <source>Open a show to see its script here</source>
        <translation>打开节目单后在此显示脚本</translation>
    </message>
</context>
<context>
    <name>SalesPanel</name>
    <message>
        <source>No sales yet. Press Start sales session (below) to count this live&apos;s orders and sales; F8 logs a sale and starts a session if none is open.</source>
        <translation>还没有销售。点下方的“开始销售场次”来统计本场直播的订单和销售额；按 F8 记录一笔销售，若尚无场次会自动开始。</translation>
    </message>
    <message>
        <source>No sales session</source>
        <translation>没有进行中的销售场次</translation>
    </message>
    <message>
        <source>Qty </source>
        <translation>数量 </translation>
    </message>
    <message>
        <source>Catalog price</source>
        <translation>目录价</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Log sale (F8)</source>
        <translation>记一单 (F8)</translation>
    </message>
    <message>
        <source>Undo last (Shift+F8)</source>
        <translation>撤销上一单 (Shift+F8)</translation>
    </message>
    <message>
        <source>Correct last</source>
        <translation>修改上一单</translation>
    </message>
    <message>
        <source>Apply the quantity, price and coupon above to the last sale</source>
        <translation>将上方的数量、价格和优惠券应用到上一单</translation>
    </message>
    <message>
        <source>Marker note</source>
        <translation>标记备注</translation>
    </message>
    <message>
        <source>Marker (F7)</source>
        <translation>标记 (F7)</translation>
    </message>
    <message>
        <source>Start sales session</source>
        <translation>开始销售场次</translation>
    </message>
    <message>
        <source>Catalog…</source>
        <translation>商品目录…</translation>
    </message>
    <message>
        <source>Orders…</source>
        <translation>订单…</translation>
    </message>
    <message>
        <source>Import the platform&apos;s order export and compare it with the log</source>
        <translation>导入平台的订单导出文件并与记录核对</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>成交额</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Log a sale of the product on screen</source>
        <translation>记录一笔画面中商品的销售</translation>
    </message>
    <message>
        <source>Undo the last sale</source>
        <translation>撤销上一笔销售</translation>
    </message>
    <message>
        <source>Mark this moment in the sales log</source>
        <translation>在销售记录中标记此刻</translation>
    </message>
    <message>
        <source>No product on screen: pick the product sold.</source>
        <translation>没有在屏商品：请选择卖出的商品。</translation>
    </message>
    <message>
        <source>Logged #%1: %2 × %3 = %4</source>
        <translation>已记录 #%1：%2 × %3 = %4</translation>
    </message>
    <message>
        <source>No sale to correct</source>
        <translation>没有可修改的订单</translation>
    </message>
    <message>
        <source>Corrected #%1: %2 × %3 = %4</source>
        <translation>已修改 #%1：%2 × %3 = %4</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可撤销的记录</translation>
    </message>
    <message>
        <source>Undone #%1: %2 × %3</source>
        <translation>已撤销 #%1：%2 × %3</translation>
    </message>
    <message>
        <source>marker</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Marker: %1</source>
        <translation>标记：%1</translation>
    </message>
    <message>
        <source>Session ended: %1</source>
        <translation>场次已结束：%1</translation>
    </message>
    <message>
        <source>Session started</source>
        <translation>场次已开始</translation>
    </message>
    <message>
        <source>Waiting for the sources to start: the sale is logged then.</source>
        <translation>正在等待信号源启动：启动后即记录这笔销售。</translation>
    </message>
    <message>
        <source>End sales session</source>
        <translation>结束销售场次</translation>
    </message>
    <message>
        <source>%1 orders · %2 units</source>
        <translation>%1 单 · %2 件</translation>
    </message>
    <message>
        <source>no FX rate: %1</source>
        <translation>缺少汇率：%1</translation>
    </message>
    <message>
        <source>%1% of target %2</source>
        <translation>已完成目标 %2 的 %1%</translation>
    </message>
    <message>
        <source>On screen: no segment yet</source>
        <translation>当前画面：尚未开始分段</translation>
    </message>
    <message>
        <source>On screen: %1 · %2</source>
        <translation>当前画面：%1 · %2</translation>
    </message>
    <message>
        <source>no product</source>
        <translation>无商品</translation>
    </message>
</context>
<context>
    <name>SalesRelay</name>
    <message>
        <source>The sales log opens with the sources; try again in a moment.</source>
        <translation>销售记录随信号源一起打开；请稍后再试。</translation>
    </message>
</context>
<context>
    <name>SegmentBar</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一段</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一段 ▶</translation>
    </message>
    <message>
        <source>No show loaded</source>
        <translation>未加载节目单</translation>
    </message>
    <message>
        <source>Open a run of show (.show.md) to step through its segments with PageDown / F9.</source>
        <translation>打开节目单（.show.md）后，可用 PageDown / F9 逐段切换。</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>共 %n 段</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Next (PageDown or F9) to start the first segment.</source>
        <translation>按“下一段”（PageDown 或 F9）开始第一段。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 段 / 共 %2 段</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一段：%1</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Start a source before recording.</source>
        <translation>请先启动信号源再录制。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The new language is used the next time the studio opens.</source>
        <translation>新语言将在下次打开直播间时生效。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>录制文件夹</translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>显示或隐藏“%1”面板</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>SourcesWidget</name>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Video file (rehearsal)</source>
        <translation>视频文件（彩排）</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>测试图案</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>正在查找摄像头…</translation>
    </message>
    <message>
        <source>Look for cameras and microphones again</source>
        <translation>重新查找摄像头和麦克风</translation>
    </message>
    <message numerus="yes">
        <source>%n fps</source>
        <translation>
            <numerusform>%n 帧/秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Loop the file</source>
        <translation>循环播放</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>信号源</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>Audio file (rehearsal)</source>
        <translation>音频文件（彩排）</translation>
    </message>
    <message>
        <source>No audio</source>
        <translation>无音频</translation>
    </message>
    <message>
        <source>Looking for microphones…</source>
        <translation>正在查找麦克风…</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>未找到摄像头</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>No microphone found</source>
        <translation>未找到麦克风</translation>
    </message>
</context>
<context>
    <name>StreamBox</name>
    <message>
        <source>TikTok LIVE</source>
        <translation>TikTok LIVE</translation>
    </message>
    <message>
        <source>TikTok gives a Server URL and a Stream key for each LIVE (LIVE Producer, or the app: LIVE → Transfer to PC/Mac). Paste both; the key goes to the keychain.</source>
        <translation>TikTok 为每场直播提供服务器 URL 和串流密钥（LIVE Producer，或在 App 中：直播 → 转到电脑）。两者都粘贴到这里；密钥保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>YouTube Live</source>
        <translation>YouTube 直播</translation>
    </message>
    <message>
        <source>YouTube Studio → Go live → Stream: copy the Stream key and paste it below. The server is filled in.</source>
        <translation>YouTube 工作室 → 开始直播 → 直播：复制串流密钥并粘贴到下方。服务器已自动填写。</translation>
    </message>
    <message>
        <source>Custom RTMP server</source>
        <translation>自定义 RTMP 服务器</translation>
    </message>
    <message>
        <source>Any RTMP or RTMPS server: paste its URL (rtmp://server/app) and the stream key, or the full URL with the key.</source>
        <translation>任意 RTMP 或 RTMPS 服务器：粘贴其 URL（rtmp://服务器/应用）和串流密钥，或粘贴带密钥的完整 URL。</translation>
    </message>
    <message>
        <source>Stream (RTMP)</source>
        <translation>推流（RTMP）</translation>
    </message>
    <message>
        <source>Allow more than one destination</source>
        <translation>允许多个推流目标</translation>
    </message>
    <message>
        <source>TikTok&apos;s LIVE rules forbid streaming the same LIVE to other platforms at the same time (simulcasting): a TikTok LIVE that is simulcast can be ended and the account restricted. Use more than one destination only when none of them is a TikTok LIVE.</source>
        <translation>TikTok 直播规则禁止将同一场直播同时推流到其他平台（多平台同播）：同播的 TikTok 直播可能被中断，账号可能受限。仅当所有目标都不是 TikTok 直播时才使用多个推流目标。</translation>
    </message>
    <message>
        <source>Start streaming</source>
        <translation>开始推流</translation>
    </message>
    <message>
        <source>Stop streaming</source>
        <translation>停止推流</translation>
    </message>
    <message>
        <source>Not streaming.</source>
        <translation>未在推流。</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>密钥名称</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>推流密钥</translation>
    </message>
    <message>
        <source>Saved in the keychain: paste to replace</source>
        <translation>已保存在钥匙串中：粘贴可替换</translation>
    </message>
    <message>
        <source>Paste the stream key</source>
        <translation>粘贴串流密钥</translation>
    </message>
    <message>
        <source>Enter the server URL first: the platform shows it beside the stream key (it starts with rtmp:// or rtmps://).</source>
        <translation>请先输入服务器 URL：平台会在串流密钥旁显示它（以 rtmp:// 或 rtmps:// 开头）。</translation>
    </message>
    <message>
        <source>“%1” is not an RTMP address: the server URL starts with rtmp:// or rtmps:// (copy the Server URL from the platform&apos;s LIVE setup, not the page address).</source>
        <translation>“%1”不是 RTMP 地址：服务器 URL 以 rtmp:// 或 rtmps:// 开头（请从平台的直播设置中复制服务器 URL，而不是网页地址）。</translation>
    </message>
    <message>
        <source>“%1” is not a complete server URL: it should look like rtmp://server/app.</source>
        <translation>“%1”不是完整的服务器 URL：应类似 rtmp://服务器/应用。</translation>
    </message>
    <message>
        <source>“%1” has no application name after the server (e.g. rtmp://server/live): copy the whole Server URL.</source>
        <translation>“%1”在服务器之后缺少应用名（例如 rtmp://服务器/live）：请复制完整的服务器 URL。</translation>
    </message>
    <message>
        <source>Paste the stream key from %1 first.</source>
        <translation>请先粘贴来自 %1 的串流密钥。</translation>
    </message>
    <message>
        <source>The key is used for this run only: %1</source>
        <translation>此密钥仅用于本次运行：%1</translation>
    </message>
    <message>
        <source>Streaming starts with the camera or video source.</source>
        <translation>推流将随摄像头或视频源一起开始。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>waiting for the first frame</source>
        <translation>等待第一帧</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>直播中</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>重新连接中</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 kb/s · %4 dropped frames · %5 reconnects</source>
        <translation>%1 · %2 · %3 kb/s · 丢帧 %4 · 重连 %5 次</translation>
    </message>
</context>
<context>
    <name>StudioWindow</name>
    <message>
        <source>Live Host Studio</source>
        <translation>Live Host Studio 直播间</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Choose a video file on the left.</source>
        <translation>请在左侧选择一个视频文件。</translation>
    </message>
    <message>
        <source>The video file %1 is missing.</source>
        <translation>找不到视频文件 %1。</translation>
    </message>
    <message>
        <source>Choose an audio file; running without sound until then.</source>
        <translation>请选择音频文件；在此之前将无声运行。</translation>
    </message>
    <message>
        <source>The last show, %1, is no longer there: open it again from its new place.</source>
        <translation>上次的节目单 %1 已不在原处：请从新位置重新打开。</translation>
    </message>
    <message>
        <source>Open a run of show</source>
        <translation>打开节目单</translation>
    </message>
    <message>
        <source>Could not open the show: %1</source>
        <translation>无法打开节目单：%1</translation>
    </message>
    <message>
        <source>Open show</source>
        <translation>打开节目单</translation>
    </message>
    <message>
        <source>%1 — Live Host Studio</source>
        <translation>%1 — Live Host Studio</translation>
    </message>
    <message>
        <source>Shows and scripts (*.show.md *.md *.txt *.docx *.csv);;All files (*)</source>
        <translation>节目单与脚本 (*.show.md *.md *.txt *.docx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A recording is running. Stop it, save the file and quit?</source>
        <translation>正在录制。要停止录制、保存文件并退出吗？</translation>
    </message>
</context>
<context>
    <name>TryOnPanel</name>
    <message>
        <source>AR try-on on (%1)</source>
        <translation>开启 AR 试戴（%1）</translation>
    </message>
    <message>
        <source>Follow the product on screen</source>
        <translation>跟随当前画面中的商品</translation>
    </message>
    <message>
        <source>Before / after split (%1)</source>
        <translation>前后对比分屏（%1）</translation>
    </message>
    <message>
        <source>Try-on starts with the camera.</source>
        <translation>试戴将随摄像头启动。</translation>
    </message>
    <message>
        <source>Import face model…</source>
        <translation>导入人脸模型…</translation>
    </message>
    <message>
        <source>The file face_landmarker.task, e.g. from a USB stick</source>
        <translation>文件 face_landmarker.task，例如来自 U 盘</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>AR try-on on or off</source>
        <translation>开启或关闭 AR 试戴</translation>
    </message>
    <message>
        <source>Before / after split on or off</source>
        <translation>开启或关闭前后对比分屏</translation>
    </message>
    <message>
        <source>Try-on is off for these sources; see the status bar.</source>
        <translation>这些信号源未开启试妆；请查看状态栏。</translation>
    </message>
    <message>
        <source>Try-on needs the face model, which is not installed. Import the file face_landmarker.task with the button below, or run: studio models import %1 PATH (it goes into %2).</source>
        <translation>试妆需要人脸模型，但尚未安装。请用下方按钮导入文件 face_landmarker.task，或运行：studio models import %1 路径（模型将放入 %2）。</translation>
    </message>
    <message>
        <source>The face model file</source>
        <translation>人脸模型文件</translation>
    </message>
    <message>
        <source>Face model (*.task);;All files (*)</source>
        <translation>人脸模型 (*.task);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing the face model…</source>
        <translation>正在导入人脸模型…</translation>
    </message>
    <message>
        <source>The face model could not be imported: %1</source>
        <translation>无法导入人脸模型：%1</translation>
    </message>
    <message>
        <source>Face model installed: try-on is on.</source>
        <translation>人脸模型已安装：试妆已开启。</translation>
    </message>
    <message>
        <source>Try-on stopped after an error; see the status bar and the log.</source>
        <translation>试妆因错误停止；请查看状态栏和日志。</translation>
    </message>
    <message>
        <source>Showing %1 (the face is followed %2 times a second).</source>
        <translation>正在显示 %1（每秒追踪脸部 %2 次）。</translation>
    </message>
    <message>
        <source>AR is off.</source>
        <translation>AR 已关闭。</translation>
    </message>
    <message>
        <source>Nothing to try on in this segment: pick a look above to show one.</source>
        <translation>本段没有可试的妆容：在上方选择一个妆容即可显示。</translation>
    </message>
    <message>
        <source>No face in view: nothing is drawn.</source>
        <translation>画面中没有人脸：不绘制效果。</translation>
    </message>
    <message>
        <source>Showing %1 (%2 ms a frame).</source>
        <translation>正在显示 %1（每帧 %2 毫秒）。</translation>
    </message>
    <message>
        <source>The laptop is too busy for try-on: showing the product card.</source>
        <translation>电脑负载过高，无法试戴：改为显示商品卡片。</translation>
    </message>
    <message>
        <source>%1 could not be drawn; see the log.</source>
        <translation>无法绘制 %1；请查看日志。</translation>
    </message>
    <message>
        <source>Loading the face model: try-on starts in a moment.</source>
        <translation>正在加载面部模型：试妆马上开始。</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>● Record</source>
        <translation>● 录制</translation>
    </message>
    <message>
        <source>Record the canvas and sound to a file (Ctrl+R)</source>
        <translation>将画布和声音录制到文件（Ctrl+R）</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>打开节目单…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Reload show</source>
        <translation>重新加载节目单</translation>
    </message>
    <message>
        <source>Start or stop recording</source>
        <translation>开始或停止录制</translation>
    </message>
    <message>
        <source>Open recordings folder</source>
        <translation>打开录制文件夹</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>节目(&amp;S)</translation>
    </message>
    <message>
        <source>Next segment</source>
        <translation>下一段</translation>
    </message>
    <message>
        <source>Previous segment</source>
        <translation>上一段</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>重置布局</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About Live Host Studio</source>
        <translation>关于 Live Host Studio</translation>
    </message>
    <message>
        <source>Live Host Studio %1</source>
        <translation>Live Host Studio %1</translation>
    </message>
</context>
<context>
    <name>WindowDocks</name>
    <message>
        <source>Sources</source>
        <translation>信号源</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>画布</translation>
    </message>
</context>
<context>
    <name>WindowRecording</name>
    <message>
        <source>■ Stop</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <source>Stop recording to change sources.</source>
        <translation>请先停止录制再切换信号源。</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>正在录制到 %1</translation>
    </message>
    <message>
        <source>Recording stopped: %1. What was recorded is in %2</source>
        <translation>录制已停止：%1。已录制的内容保存在 %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Recording problem: %1</source>
        <translation>录制出错：%1</translation>
    </message>
    <message>
        <source>● Record</source>
        <translation>● 录制</translation>
    </message>
</context>
<context>
    <name>WindowRehearsal</name>
    <message>
        <source>Rehearsal scorecard…</source>
        <translation>彩排评分卡…</translation>
    </message>
    <message>
        <source>Score a rehearsal recording against the show: lines read and skipped, ad-libs, flagged claims and go/no-go per market</source>
        <translation>按节目脚本为彩排录音评分：已读和跳过的台词、即兴发挥、被标记的宣称，以及各市场能否开播</translation>
    </message>
    <message>
        <source>Open a show with spoken lines to score a rehearsal of it.</source>
        <translation>请先打开一个有口播台词的节目，才能为它的彩排评分。</translation>
    </message>
    <message>
        <source>The show names no markets (&apos;markets:&apos; in the show file): a scorecard judges a rehearsal per market.</source>
        <translation>节目没有指定市场（节目文件中的“markets:”）：评分卡按市场评判彩排。</translation>
    </message>
    <message>
        <source>Rehearsal recording to score</source>
        <translation>要评分的彩排录音</translation>
    </message>
    <message>
        <source>Recordings (*.mp4 *.mov *.mkv *.wav *.mp3 *.m4a);;All files (*)</source>
        <translation>录音 (*.mp4 *.mov *.mkv *.wav *.mp3 *.m4a);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Scoring the rehearsal %1… the scorecard opens when it is ready.</source>
        <translation>正在为彩排 %1 评分…完成后会打开评分卡。</translation>
    </message>
    <message>
        <source>The rehearsal could not be scored: %1</source>
        <translation>无法为彩排评分：%1</translation>
    </message>
    <message>
        <source>Scorecard saved to %1</source>
        <translation>评分卡已保存到 %1</translation>
    </message>
</context>
<context>
    <name>WindowStatus</name>
    <message>
        <source>Frames per second reaching the preview</source>
        <translation>每秒到达预览的帧数</translation>
    </message>
    <message>
        <source>Median time from capture to the composited canvas</source>
        <translation>从采集到合成画布的中位延迟</translation>
    </message>
    <message>
        <source>Camera frames replaced by newer ones before they were processed (the studio keeps the newest)</source>
        <translation>处理前被更新画面替换掉的摄像头帧（始终保留最新一帧）</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 帧/秒</translation>
    </message>
    <message>
        <source>latency %1 ms</source>
        <translation>延迟 %1 毫秒</translation>
    </message>
    <message>
        <source>dropped %1</source>
        <translation>丢帧 %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>live</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No audio source: choose a microphone or an audio file on the left.</source>
        <translation>没有音频源：请在左侧选择麦克风或音频文件。</translation>
    </message>
    <message>
        <source>test pattern</source>
        <translation>测试图</translation>
    </message>
    <message>
        <source>The test pattern is on air, not a camera: choose a camera or a video file on the left.</source>
        <translation>正在播出的是测试图，而不是摄像头：请在左侧选择摄像头或视频文件。</translation>
    </message>
    <message>
        <source>— fps</source>
        <translation>— 帧/秒</translation>
    </message>
    <message>
        <source>latency —</source>
        <translation>延迟 —</translation>
    </message>
    <message>
        <source>dropped —</source>
        <translation>丢帧 —</translation>
    </message>
</context>
</TS>
